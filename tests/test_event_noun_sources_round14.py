"""Round 14: the doers of event nouns told with no possessor or by-phrase of their own. The subject of the verb
a circumstance hangs on ("locked in talks with", "on a visit to", "At a meeting with Putin, Chirac said"), the
agent of a participle naming the act's author ("The tariffs, announced by Reagan"), and the teller of talks
with a named counterpart ("The Palestinians said talks with Israel had broken down")."""

from __future__ import annotations

from test_events import events_of, real


def found(pipeline, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, code root) of the real events of TEXT."""
    _, evs = events_of(pipeline, text)
    return {((e.source or "")[:3], (e.target or "")[:3], e.code[:2]) for e in real(evs)}


def test_subject_locked_in_talks_holds_them(pipeline):
    text = "Japanese Prime Minister Junichiro Koizumi has been locked in talks with Chinese leaders in Beijing."
    assert ("JPN", "CHN", "04") in found(pipeline, text)


def test_visitor_on_a_journey_makes_the_visit(pipeline):
    text = ("German Chancellor Gerhard Schroeder, on a three-day official visit to India, said trade between "
            "the two countries should double.")
    assert ("DEU", "IND", "04") in found(pipeline, text)
    # guard: "insisted on talks" is a demand, not the subject's own talks
    insisted = found(pipeline, "The French foreign minister insisted on talks with Iran about its nuclear plans.")
    assert not any(code == "04" for _, _, code in insisted)


def test_speaker_in_a_meeting_holds_it(pipeline):
    text = ("In a meeting with Russian President Vladimir Putin on Monday, French President Jacques Chirac said "
            "Iraq needed help.")
    assert ("FRA", "RUS", "04") in found(pipeline, text)
    text = "Putin hinted at talks with Japanese Prime Minister Junichiro Koizumi on the islands."
    assert not any(code == "04" for _, _, code in found(pipeline, text))  # guard: "at" what one points to


def test_talks_followed_by_a_news_conference_are_the_speakers(pipeline):
    text = ("At a news conference following talks with Tony Blair, Palestinian leader Mahmoud Abbas said the "
            "British prime minister could help.")
    assert ("PSE", "GBR", "04") in found(pipeline, text)


def test_participle_agent_is_the_author_of_the_measure(pipeline):
    text = ("The tariffs, announced on Friday by US President George Bush, will hit steel worth 300 million "
            "dollars from Brazil.")
    assert ("USA", "BRA", "16") in found(pipeline, text)
    # guard: a reaction's agent is not the author of the act ("condemned by the United Nations")
    condemned = found(pipeline, "The attack, condemned by the United Nations, killed 12 soldiers in Chad.")
    assert not any(src == "IGO" and code == "19" for src, _, code in condemned)


def test_teller_of_talks_with_a_counterpart_holds_them(pipeline):
    text = "Palestinian officials said talks with Israel on the release of prisoners had broken down."
    assert ("PSE", "ISR", "04") in found(pipeline, text)
    # guard: talks told as still to come stay hypothetical
    _, evs = events_of(pipeline, "Iranian officials said talks with the European Union would resume next week.")
    talks = [e for e in evs if e.code.startswith("04") and (e.source or "").startswith("IRN")]
    assert talks and all(e.hypothetical for e in talks)


def test_hyphenated_pair_of_countries_hold_the_talks(pipeline):
    assert ("CHN", "JPN", "04") in found(pipeline, "The Sino-Japanese talks on the disputed islands resumed in Beijing.")
    assert ("USA", "JPN", "04") in found(pipeline, "U.S.-Japanese talks on semiconductors ended in Tokyo yesterday.")
    # guard: one country on the talks names no counterpart
    assert not any(code == "04" for _, _, code in found(pipeline, "The Iranian nuclear talks resumed in Vienna."))


def test_traveller_for_talks_holds_them(pipeline):
    text = "Greek Prime Minister Costas Simitis is in Ankara for talks with Turkish leaders on Cyprus."
    assert ("GRC", "TUR", "04") in found(pipeline, text)
    # guard: "ready for talks" is no journey
    assert not any(code == "04" for _, _, code in found(pipeline, "Britain is not ready for talks with Iran."))


def test_meetings_told_before_a_denied_act_were_held(pipeline):
    text = ("World Bank president Barber Conable said that in meetings with Indonesian President Suharto he had "
            "not called for policy changes.")
    assert ("IGO", "IDN", "04") in found(pipeline, text)


def test_denial_of_another_subject_leaves_the_talks_held(pipeline):
    text = ('"This ruling is not helpful in the context of the U.S.-Canadian trade talks," a Canadian trade '
            "official said.")
    assert ("USA", "CAN", "04") in found(pipeline, text)
    # guard: the talks denied themselves, or denied of their own party, stay negated
    for denied in ("Iran's talks with the European Union did not take place last week.",
                   "Iran did not attend its talks with the European Union last week."):
        assert not any(src == "IRN" and code == "04" for src, _, code in found(pipeline, denied))


def test_phrase_set_off_on_the_subject_describes_its_talks(pipeline):
    text = ("Japanese Prime Minister Yasuhiro Nakasone, in Washington for talks with President Ronald Reagan, "
            "said the trade dispute would be solved.")
    assert ("JPN", "USA", "04") in found(pipeline, text)


def test_subject_of_a_verb_of_doing_makes_the_offer(pipeline):
    assert ("IRN", "IGO", "03") in found(pipeline, "Iran made an offer to the European Union on its nuclear programme.")
    # guard: a bare offer with no recipient refers back to one told before, and is no new event
    assert not any(code == "03" for _, _, code in found(pipeline, "Iran made the offer last week."))


def test_visit_told_as_a_circumstance_is_to_where_the_visitor_is(pipeline):
    text = ("US Treasury Secretary John Snow, who is currently in Dublin at the start of a four-nation EU visit, "
            "has praised the Irish economy.")
    assert ("USA", "IRL", "04") in found(pipeline, text)
