"""The sample article's events (shared/fixtures/000_*.gold.json): what must and must not be coded."""

from __future__ import annotations


def real_events(record):
    return [e for e in record.events if not e.negated and not e.hypothetical]


def find(events, code_prefix, source_prefix, target_prefix):
    return [e for e in events if e.code.startswith(code_prefix) and (e.source or "").startswith(source_prefix)
            and (e.target or "").startswith(target_prefix)]


def test_visit_to_islamabad_with_date_and_place(sample_record):
    visits = find(real_events(sample_record), "04", "USA", "PAK")
    assert visits
    visit = visits[0]
    assert visit.code == "042"
    assert visit.location is not None and visit.location.name == "Islamabad"
    assert visit.date == "2018-09-05"


def test_accusation_of_the_country_is_coded_against_pakistan(sample_record):
    assert find(real_events(sample_record), "112", "USA", "PAK")


def test_aid_cuts_with_their_actors(sample_record):
    got = real_events(sample_record)
    assert find(got, "1622", "USAMIL", "PAK")  # the Pentagon decided not to offer military aid
    assert find(got, "162", "USA", "PAK")  # $800 million withheld


def test_what_did_not_happen_is_not_reported_as_real(sample_record):
    got = real_events(sample_record)
    assert not [e for e in got if e.code.startswith("057")]  # "didn't reach any official agreements"
    assert not [e for e in got if e.code.startswith("033")]  # "decided not to offer" is no offer


def test_every_event_has_provenance(sample_record):
    text = sample_record.text
    for ev in sample_record.events:
        s, e = ev.trigger
        ss, se = ev.sentence
        assert ss <= s < e <= se
        assert text[s:e].strip()
        assert ev.root == ev.code[:2]
