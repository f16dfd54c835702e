"""Events stage, sixth round (dev set G): conjoined counterparts behind appositions, event nouns inside other
phrases, appeals with a "for ... to" clause, repelled attacks, and pulling out of engagements."""

from __future__ import annotations

from event_helpers import reported_codes as real_codes


def test_every_conjunct_after_an_apposition_is_a_counterpart(pipeline):
    codes = real_codes(pipeline, "British Prime Minister Tony Blair held talks with his Israeli counterpart, Ariel "
                                 "Sharon, and the Palestinian leader, Mahmoud Abbas.")
    targets = {t for s, t, c in codes if s == "GBR" and c[:2] == "04"}
    assert {"ISR", "PSE"} <= targets


def test_a_visit_told_in_a_return_is_the_speakers(pipeline):
    codes = real_codes(pipeline, "British minister Michael Howard said on his return from a visit to Japan that "
                                 "the talks had been useful.")
    assert any(s == "GBR" and t == "JPN" and c[:2] == "04" for s, t, c in codes)


def test_a_past_participle_tells_a_sanction_as_imposed(pipeline):
    text = ("Nakasone and Reagan are unlikely to agree on the removal of U.S. trade sanctions imposed earlier this "
            "month on Japanese electronic goods.")
    assert ("USA", "JPN", "163") in real_codes(pipeline, text)
    # on goods of no named country: the one other country the sentence names
    assert ("USA", "JPN", "163") in real_codes(pipeline, (
        "It is thought unlikely that Japanese Prime Minister Yasuhiro Nakasone and President Reagan will agree on "
        "the removal of U.S. trade sanctions imposed earlier this month on certain electronic goods."))
    # a lasting measure told with no imposition stays background
    assert not any(c[:2] == "16" for _, _, c in real_codes(
        pipeline, "Nakasone and Reagan are unlikely to agree on the removal of U.S. trade sanctions."))


def test_an_appeal_with_a_for_to_clause(monadic_pipeline):
    codes = real_codes(monadic_pipeline, "Germany and France have repeatedly called for the embargo to be lifted.")
    assert {s for s, _, c in codes if c[:2] == "02"} == {"DEU", "FRA"}
    assert not any(c[:2] == "11" for _, _, c in codes)


def test_repelling_an_attack_fights_its_owner(pipeline):
    codes = real_codes(pipeline, "Iran said its troops repulsed heavy Iraqi counter-attacks.")
    assert ("IRN", "IRQ", "190") in codes
    assert ("IRQ", "IRN", "190") in real_codes(pipeline, "Iraqi troops beat back an Iranian offensive.")


def test_pulling_out_of_a_contract_is_no_troop_withdrawal(pipeline):
    codes = real_codes(pipeline, "A US company has pulled out of a major contract to rebuild Iraq's transport system.")
    assert not any(c.startswith("087") for _, _, c in codes)
    assert ("USA", "IRQ", "166") in codes
    assert any(c == "164" and t == "ISR" for _, t, c in real_codes(
        pipeline, "The Palestinians pulled out of the talks with Israel."))
    # troops pulling out of a country still withdraw
    assert ("ESP", "IRQ", "0874") in real_codes(pipeline, "Spanish troops pulled out of Iraq last year.")
