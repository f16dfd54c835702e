"""The dyad index between two actors over time (`wirecoder relations A B`).

An actor argument is a CAMEO code prefix: "USA" matches USA, USAGOV, USAMIL... Per period and per
direction (A->B, B->A, and both combined) it counts the factual events (negated = false and
hypothetical = false) in each quad class, sums and averages their Goldstein scores, and gives the
net cooperation score:

    net_coop = (q1 + q2) - (q3 + q4)

i.e. cooperative events (verbal + material cooperation) minus conflictual ones (verbal + material
conflict), a count. The Goldstein sum is the intensity-weighted alternative, reported beside it.
The date of an event is its own date when the text gives a full day, else the article's publication
date (`events.event_date`). Events with no date at all are left out.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

import duckdb

PERIODS = ("day", "week", "month", "year")
DIRECTIONS = ("A->B", "B->A", "both")


@dataclass
class DyadRow:
    period: date
    direction: str  # "A->B", "B->A" or "both"
    events: int
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein_sum: float
    goldstein_mean: float | None
    net_coop: int

    def as_dict(self, a: str, b: str) -> dict:
        d = asdict(self)
        d["period"] = self.period.isoformat()
        d["direction"] = {"A->B": f"{a}->{b}", "B->A": f"{b}->{a}"}.get(self.direction, "both")
        return d


def _like_prefix(code: str) -> str:
    escaped = code.upper().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def dyad_series(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    by: str = "month",
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[DyadRow]:
    """Rows of the dyad index ordered by period, then direction (A->B, B->A, both)."""
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    sql = f"""
        WITH ev AS (
            SELECT date_trunc('{by}', event_date)::DATE AS period, quad_class, goldstein,
                   upper(source) LIKE ? ESCAPE '\\' AND upper(target) LIKE ? ESCAPE '\\' AS ab,
                   upper(source) LIKE ? ESCAPE '\\' AND upper(target) LIKE ? ESCAPE '\\' AS ba
            FROM events
            WHERE NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false)
              AND event_date IS NOT NULL
              AND (?::DATE IS NULL OR event_date >= ?::DATE)
              AND (?::DATE IS NULL OR event_date <= ?::DATE)
        ),
        tagged AS (
            SELECT period, 'A->B' AS direction, quad_class, goldstein FROM ev WHERE ab
            UNION ALL SELECT period, 'B->A', quad_class, goldstein FROM ev WHERE ba
            UNION ALL SELECT period, 'both', quad_class, goldstein FROM ev WHERE ab OR ba
        )
        SELECT period, direction, count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               coalesce(sum(goldstein), 0), avg(goldstein)
        FROM tagged
        GROUP BY period, direction
        ORDER BY period, CASE direction WHEN 'A->B' THEN 0 WHEN 'B->A' THEN 1 ELSE 2 END
    """
    pa_, pb = _like_prefix(a), _like_prefix(b)
    params = [pa_, pb, pb, pa_, date_from, date_from, date_to, date_to]
    rows = []
    for period, direction, n, q1, q2, q3, q4, gsum, gmean in con.execute(sql, params).fetchall():
        rows.append(
            DyadRow(
                period=period,
                direction=direction,
                events=n,
                q1=q1,
                q2=q2,
                q3=q3,
                q4=q4,
                goldstein_sum=round(float(gsum), 3),
                goldstein_mean=None if gmean is None else round(float(gmean), 3),
                net_coop=(q1 + q2) - (q3 + q4),
            )
        )
    return rows


def period_label(d: date, by: str) -> str:
    if by == "year":
        return f"{d.year}"
    if by == "month":
        return f"{d.year}-{d.month:02d}"
    if by == "week":
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"  # ISO week (starts on Monday, as date_trunc('week'))
    return d.isoformat()


def period_range(first: date, last: date, by: str) -> list[date]:
    """Every period start from `first` to `last` (periods with no events count as zero in the plot)."""
    out = []
    d = first
    while d <= last:
        out.append(d)
        if by == "day":
            d += timedelta(days=1)
        elif by == "week":
            d += timedelta(days=7)
        elif by == "month":
            d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        else:
            d = date(d.year + 1, 1, 1)
    return out


def plot_dyad(rows: list[DyadRow], a: str, b: str, by: str, out: str) -> None:
    """A two-panel chart: net cooperation per direction over time, and event counts by quad class."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(10, 7), sharex=True, gridspec_kw={"height_ratios": [3, 2]}, constrained_layout=True
    )
    styles = {
        "A->B": dict(color="tab:blue", marker="o", label=f"{a} → {b}"),
        "B->A": dict(color="tab:orange", marker="s", label=f"{b} → {a}"),
        "both": dict(color="black", marker=".", linewidth=2.2, linestyle="--", label="combined"),
    }
    periods = period_range(min(r.period for r in rows), max(r.period for r in rows), by) if rows else []
    span = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}[by]
    centres = [p + timedelta(days=span / 2) for p in periods]  # a point/bar stands for its whole period
    for direction in DIRECTIONS:
        by_period = {r.period: r for r in rows if r.direction == direction}
        values = [by_period[p].net_coop if p in by_period else 0 for p in periods]
        if periods:
            top.plot(centres, values, **styles[direction])
    top.axhline(0, color="grey", linewidth=1)
    top.set_ylabel("net cooperation\n(coop − conflict events)")
    top.set_title(f"{a} – {b} relations by {by}: net cooperation and events (factual events only)")
    if periods:
        top.legend(loc="best")
    top.grid(True, alpha=0.3)

    combined = {r.period: r for r in rows if r.direction == "both"}
    quads = [
        ("q1", "verbal cooperation", "#8fd18f"),
        ("q2", "material cooperation", "#2e8b57"),
        ("q3", "verbal conflict", "#f4a582"),
        ("q4", "material conflict", "#b2182b"),
    ]
    width = span * 0.8
    base = [0] * len(periods)
    for field_name, label, color in quads:
        counts = [getattr(combined[p], field_name) if p in combined else 0 for p in periods]
        if periods:
            bottom.bar(centres, counts, width=width, bottom=base, color=color, label=label)
        base = [x + y for x, y in zip(base, counts, strict=True)]
    bottom.set_ylabel("events (both directions)")
    bottom.set_xlabel(f"event date ({by})")
    if periods:
        bottom.set_ylim(0, max(max(base), 1) * 1.35)  # head room for the legend
        bottom.legend(loc="upper left", fontsize="small", ncol=4)
    bottom.grid(True, axis="y", alpha=0.3)
    bottom.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    locator = mdates.AutoDateLocator()
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if not periods:
        top.text(
            0.5, 0.5, f"no events between {a} and {b}", transform=top.transAxes, ha="center", va="center"
        )
    fig.savefig(out)
    plt.close(fig)
