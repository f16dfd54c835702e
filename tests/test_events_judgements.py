"""Events stage: praise (051) and criticism (111) told as a judgement in reported speech or by a naming verb
(extract/event_judgements.py, data/judgement_words.tsv)."""

from __future__ import annotations

from pathlib import Path

from event_helpers import reported_triples
from wirecoder.extract.event_judgements import load_judgement_words


def test_a_reported_clause_calling_an_actor_wrong_is_criticism_of_it(pipeline):
    codes = reported_triples(pipeline, "Japanese Trade Minister Hajime Tamura said Brazil was wrong to raise its tariffs.")
    assert any(s.startswith("JPN") and (t or "").startswith("BRA") and c == "111" for s, t, c in codes)


def test_an_act_judged_goes_to_its_author_named_with_it(pipeline):
    codes = reported_triples(pipeline, "The French government said Germany's decision to close the border was "
                              "\"irresponsible\".")
    assert any(s.startswith("FRA") and (t or "").startswith("DEU") and c == "111" for s, t, c in codes)


def test_opposition_and_government_of_one_country_are_two_sides(pipeline):
    text = ("Labour announced new asylum rules on Monday. Conservative leader Michael Howard said Labour's rules "
            "were unfair and unworkable.")
    codes = reported_triples(pipeline, text, "2005-03-10")
    assert any(c == "111" and s[:3] == "GBR" and (t or "")[:3] == "GBR" and s != t for s, t, c in codes)


def test_naming_verbs_with_a_judging_complement(pipeline):
    codes = reported_triples(pipeline, "Egyptian President Hosni Mubarak described Israeli Prime Minister Ariel Sharon as "
                              "the best hope for peace.")
    assert any(s.startswith("EGY") and (t or "").startswith("ISR") and c == "051" for s, t, c in codes)
    codes = reported_triples(pipeline, "Moscow officials have dismissed Yukos's legal wrangling as meaningless.")
    assert any(s.startswith("RUS") and t == "RUSBUS" and c == "111" for s, t, c in codes)


def test_a_judging_adverb_on_a_reported_act(pipeline):
    codes = reported_triples(pipeline, "Japan's trade minister said the United States had regrettably ignored Japan's "
                              "explanation.")
    assert any(s.startswith("JPN") and (t or "").startswith("USA") and c == "111" for s, t, c in codes)


def test_praise_of_a_party_by_a_speaker(pipeline):
    codes = reported_triples(pipeline, "The German chancellor said the Polish government's reforms were a positive step.")
    assert any(s.startswith("DEU") and (t or "").startswith("POL") and c == "051" for s, t, c in codes)


def test_no_judgement_without_someone_judged_or_when_negated(pipeline):
    # a situation, not an actor or an act, is described
    assert not any(c in ("051", "111") for _, _, c in reported_triples(
        pipeline, "The Chinese foreign minister said the situation in Iraq was dangerous."))
    # a negated judgement is none
    assert not any(c == "111" for _, _, c in reported_triples(
        pipeline, "The French government said Germany's decision to close the border was not wrong."))
    # a word that describes harm is no judgement ("deadly", "huge")
    assert not any(c in ("051", "111") for _, _, c in reported_triples(
        pipeline, "The Iraqi government said the American attack was deadly."))


def test_a_judgement_of_its_own_side_is_no_event(pipeline):
    assert not any(c == "111" for _, _, c in reported_triples(
        pipeline, "The French government said France's decision to close the border was wrong."))


def test_users_extend_the_judgement_words(tmp_path: Path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("# my words\nmendacious\t-\tquality\nwrong\t+\tquality\nbogus\t?\tquality\n", encoding="utf-8")
    lexicon = load_judgement_words([extra])
    assert lexicon[("quality", "mendacious")].code == "111"
    assert lexicon[("quality", "wrong")].code == "051"  # a user's row wins over ours
    assert ("quality", "bogus") not in lexicon  # a row with no valid polarity is skipped
    assert lexicon[("act", "breach")].needs >= {"law", "treaty"}


def test_a_direct_quote_judging_in_the_speakers_own_words(pipeline):
    text = ('Shadow Foreign Secretary Michael Ancram said: "The Home Office plans are irresponsible. '
            'Once again this government has shown crass incompetence."')
    codes = reported_triples(pipeline, text)
    assert any(s == "GBROPP" and t == "GBRGOV" and c == "111" for s, t, c in codes)
    # the speaker's own side: no criticism of anyone else
    assert not any(c == "111" for _, _, c in reported_triples(pipeline, '"We were wrong," Prime Minister Tony Blair said.'))




def test_a_frame_row_without_a_code_of_its_own_does_not_break_the_stage(pipeline):
    # an F row with no code of its own ("-") met the round-8 target-less judgement filter: a crash, not an event
    rec = pipeline.extract(text="The French government will agree that vines can be destroyed in areas where "
                                "growers give their unanimous consent.", published="2005-02-01")
    assert not rec.errors


def test_a_threat_is_aimed_at_the_party_its_condition_names(pipeline):
    codes = reported_triples(pipeline, "China said it would impose sanctions if Japan sent warships to the islands.")
    assert any(s.startswith("CHN") and (t or "").startswith("JPN") and c.startswith("13") for s, t, c in codes)
    codes = reported_triples(pipeline, "Iran said it would close the Strait of Hormuz unless the United States withdrew its fleet.")
    assert any(s.startswith("IRN") and (t or "").startswith("USA") and c.startswith("13") for s, t, c in codes)
    # a condition on the threatener's own side names no one else
    assert not any(t and t.startswith("GRC") and c.startswith("13") for s, t, c in reported_triples(
        pipeline, "Greece will impose sanctions if Greece's fishermen are harmed."))
