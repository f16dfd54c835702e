"""Quotes stage: who can be a speaker (the plausibility of a cue's subject) and the fallbacks."""

from __future__ import annotations

import pytest

from quote_helpers import RESOURCES, quotes_of
from wirecoder.clean import CleanArticle
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.quote_speakers import read_speaker_nouns
from wirecoder.extract.quotes import extract_quotes
from wirecoder.record import Quote
from wirecoder.resources import Resources


def with_text(quotes: list[Quote], fragment: str) -> list[Quote]:
    return [q for q in quotes if fragment in q.text]


def _quotes(nlp, text: str) -> list[Quote]:
    return quotes_of(nlp, text, Resources())  # fresh dictionaries: this test's files are read anew


def test_speaker_nouns_accept_people_organisations_and_documents():
    nouns = read_speaker_nouns()
    for word in ("official", "spokesman", "economist", "historian", "senator", "nominee", "consultant",
                 "poll", "report", "ministry", "campaign", "sources", "critics", "experts"):
        assert nouns.accepts(word), word
    for word in ("cancer", "problem", "section", "investment", "investments", "performance", "returns", "event"):
        assert not nouns.accepts(word), word


def test_an_inanimate_subject_does_not_speak(nlp):
    text = ("My father died 22 years ago of brain cancer, which confirmed what I always knew. "
            "The section of the debate devoted to taxes revealed a yawning gulf between the candidates.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "what I always knew") == []
    assert with_text(quotes, "yawning gulf") == []


def test_documents_and_groups_do_speak(nlp):
    text = ("A new poll released on Monday says most voters want the program to continue. "
            "Critics say the program has grown well beyond its original intent. "
            "The ministry said in a statement that the border would reopen next week.")
    quotes = quotes_of(nlp, text)
    assert with_text(quotes, "most voters want")[0].speaker.lower() == "a new poll released"
    assert with_text(quotes, "original intent")[0].speaker == "Critics"
    assert with_text(quotes, "border would reopen")[0].speaker.lower() == "the ministry"


def test_an_age_names_a_person(nlp):
    text = "\u201cHere, I am besieged in my head,\u201d says the 30-year-old, who fled Aleppo last spring."
    quotes = quotes_of(nlp, text)
    assert len(with_text(quotes, "besieged in my head")) == 1


def test_plain_report_with_a_misparsed_subject_takes_the_name_near_it(nlp):
    # the parser makes "pins" (or nothing) the subject of "said": the delegate named before it speaks
    text = ("\u201cWe\u2019ve had more successful conventions than this one,\u201d Texas delegate Bill Eastland, "
            "wearing a cowboy hat and \u201cTed Cruz\u201d campaign pins, said as confetti fluttered down.")
    quotes = quotes_of(nlp, text)
    found = with_text(quotes, "more successful conventions")
    assert len(found) == 1
    assert found[0].speaker.endswith("Eastland")


def test_they_never_resolves_to_an_inanimate_plural(nlp):
    text = ("Donald Trump refuses to make public his income tax returns. "
            "Analysts suspect they would reveal extensive business interests in Russia.")
    quotes = quotes_of(nlp, text)
    assert all(q.speaker != "his income tax returns" for q in quotes)


def test_a_group_speaks_as_written_with_the_table_entity_kept(nlp):
    from wirecoder.extract.base import EntityTable
    from wirecoder.record import Entity

    text = "Officials at Homeland Security Investigations said the documents may have been forged."
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == "Officials")
    table = EntityTable(entities=[Entity(id="E2", name="officials", type="ORG")], token_entity={i: "E2"})
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=RESOURCES)
    ctx.entities = table
    q = with_text(extract_quotes(ctx), "may have been forged")[0]
    assert (q.speaker, q.speaker_entity) == ("Officials at Homeland Security Investigations", "E2")


def test_block_quotation_after_a_colon_paragraph(nlp):
    text = ("Chris Christie spoke on a radio show on Wednesday.\n\nThe governor added:\n\n"
            "It is typical of Hillary Clinton. She knows nothing, but the mouth never stops.\n\nThe show ended.")
    quotes = quotes_of(nlp, text)
    found = with_text(quotes, "typical of Hillary Clinton")
    assert len(found) == 1
    assert found[0].kind == "direct" and found[0].cue == "added"
    assert found[0].text.endswith("never stops.")
    assert with_text(quotes, "The show ended") == []


def test_quantifier_of_whom_speaks_for_the_group(nlp):
    text = "Republican senators, many of whom say the deal is bad, met on Tuesday."
    q = with_text(quotes_of(nlp, text), "deal is bad")[0]
    assert q.speaker == "many of Republican senators"


def test_lets_say_is_a_supposition(nlp):
    text = "Let's say you think a degree from a state university will cost $160,000 in 18 years."
    assert quotes_of(nlp, text) == []


def test_age_phrase_is_the_whole_speaker(nlp):
    text = ("\u201cWhat if Donald Trump had elocution lessons?\u201d the 43-year-old asked in the video\u2019s "
            "description.")
    q = with_text(quotes_of(nlp, text), "elocution lessons")[0]
    assert q.speaker == "the 43-year-old"


def test_same_surname_with_another_given_name_is_another_person(nlp):
    from wirecoder.extract.base import EntityTable

    text = "George W. Bush spoke on Monday. Jeb Bush said the party would win the election."
    doc = nlp(text)
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=RESOURCES)
    ctx.entities = EntityTable()
    q = with_text(extract_quotes(ctx), "win the election")[0]
    assert q.speaker == "Jeb Bush"


def test_a_determiner_is_never_the_speaker(nlp):
    text = ("The SVP counterproposal argued that municipal organizations and even the citizenry should decide "
            "who gets naturalized.")
    assert all(q.speaker != "The" for q in quotes_of(nlp, text))


def test_user_speech_verb_and_speaker_noun_files(nlp, tmp_path, monkeypatch):
    """$WIRECODER_SPEECH_VERBS / $WIRECODER_SPEAKER_NOUNS add the user's own files to ours."""

    def quotes(text: str):
        return [(q.speaker, q.cue) for q in _quotes(nlp, text)]

    text = "The oracle intoned that the harvest would fail."
    assert quotes(text) == []
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text("intone\tintone,intones,intoned,intoning\tclause\n", encoding="utf-8")
    nouns = tmp_path / "nouns.txt"
    nouns.write_text("# people who speak in my corpus\noracle\n", encoding="utf-8")
    monkeypatch.setenv("WIRECODER_SPEECH_VERBS", str(verbs))
    monkeypatch.setenv("WIRECODER_SPEAKER_NOUNS", str(nouns))
    assert quotes(text) == [("The oracle", "intoned")]


def test_passive_cue_speaks_through_its_agent(nlp):
    text = ("Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax "
            "credits would risk adding another expensive entitlement program.")
    q = next(q for q in _quotes(nlp, text) if "child tax credits" in q.text)
    assert q.speaker.endswith("Baker")


def test_inverted_said_before_a_name_and_colon(nlp):
    text = ("Tax experts doubt the plan will pass. Said Ellis: \u201cI don\u2019t get the sense she\u2019s the least "
            "bit interested in tax reform.\u201d")
    q = next(q for q in _quotes(nlp, text) if "tax reform" in q.text)
    assert q.speaker == "Ellis" and q.kind == "direct"


def test_pronoun_right_after_a_quote_reports_for_its_speaker(nlp):
    text = ("The new guidance would help ensure clarity on the issue, added Mr Clarke. The director of public "
            "prosecutions, Ken Macdonald, says only 11 householders have been prosecuted in the last 15 years. "
            "Those cases included a warehouse manager who had waited for a burglar, he said.")
    q = next(q for q in _quotes(nlp, text) if q.text.startswith("Those cases"))
    assert q.speaker == "Ken Macdonald"


def test_pronoun_fallback_respects_a_title(nlp):
    text = ("Mr Blunkett stayed in office. Ms Hughes was forced to resign in April. "
            "Later he said the visa system had been abused.")
    doc = nlp(text)
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=Resources())
    q = next(q for q in extract_quotes(ctx) if "visa system" in q.text)  # no entity table: our own fallback
    assert q.speaker == "Blunkett"


def test_direct_quote_cue_with_the_name_parsed_as_an_apposition(nlp):
    text = ("In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: \u201cHillary Clinton "
            "believes that transatlantic cooperation is essential.\u201d")
    q = next(q for q in _quotes(nlp, text) if "transatlantic" in q.text)
    assert q.kind == "direct" and q.speaker == "Jake Sullivan"


def test_nearby_speaker_is_the_noun_a_source_phrase_hangs_on(nlp):
    text = ("Speaking to Breitbart London, a spokesperson from the Kontra-Kulture Halle said: \u201cour group "
            "mainly consists of volunteers, mostly university students.\u201d")
    q = next(q for q in _quotes(nlp, text) if "volunteers" in q.text)
    assert q.speaker.startswith("spokesperson") or q.speaker.startswith("a spokesperson")


def test_a_percentage_sign_share_speaks(nlp):
    text = "A survey for the charity suggests 69% of over-55s say they always vote in a general election."
    q = next(q for q in _quotes(nlp, text) if q.text.startswith("they always vote"))
    assert q.speaker.startswith("69%")


def test_the_man_is_not_the_last_named_man(nlp):
    text = ("John Kasich is getting friendly advice from a Vietnam War combat veteran. After saying he was nervous "
            "to ask a question, the man ended up in the middle of the room with Kasich.")
    q = next(q for q in _quotes(nlp, text) if "nervous" in q.text)
    assert q.speaker == "the man" and q.speaker_entity is None


def test_pronoun_after_a_titled_speaker_phrase(nlp):
    text = ("Home Secretary Charles Clarke vowed the men would stay in prison. But Liberal Democrat peer Lord Carlile, "
            "the government's reviewer of anti-terrorism laws, said some of the detainees could now be released. "
            "He said the ruling was an embarrassment for the government.")
    q = next(q for q in _quotes(nlp, text) if "embarrassment" in q.text)
    assert "Carlile" in q.speaker


# (text, words of the quote, its speaker): the first quote holding the words has that speaker
FIRST_SPEAKER_CASES = {
    "pronoun after another subject is not the last speaker": (
        "Ken Macdonald says only 11 householders have been prosecuted. Mary Jones, the mayor, disagreed "
        "strongly. She said the figure was far too low.",
        "far too low", "Mary Jones"),
    "participle after a relative clause goes with the main clause": (
        "Donald Trump was similarly defensive when forced to defend not paying an architect who said he was "
        "stiffed after he designed a clubhouse, saying, \u201cMaybe he didn\u2019t do a good job, and I wasn\u2019t "
        "satisfied with his work.\u201d",
        "good job", "Donald Trump"),
    "a finite report is not coordinated with a modal infinitive": (
        "British Prime Minister Theresa May said this week that the country would formally declare its "
        "intention to break with the E.U. by the end of March and suggested that it would withdraw from the "
        "single market.",
        "withdraw", "Theresa May"),
}


@pytest.mark.parametrize(("text", "fragment", "speaker"), FIRST_SPEAKER_CASES.values(), ids=list(FIRST_SPEAKER_CASES))
def test_the_first_quote_with_the_words_has_the_speaker(nlp, text, fragment, speaker):
    q = next(q for q in _quotes(nlp, text) if fragment in q.text)
    assert q.speaker == speaker



def test_a_written_full_name_wins_over_a_merged_namesake(nlp):
    from wirecoder.extract.base import EntityTable, Mention
    from wirecoder.record import Entity

    text = "Former President George W. Bush stayed home. Jeb Bush says President Obama is acting unlawfully on guns."
    doc = nlp(text)
    start = text.index("Jeb")
    jeb = doc.char_span(start, start + len("Jeb Bush"))
    george = doc.char_span(text.index("George"), text.index("George") + len("George W. Bush"))
    table = EntityTable(entities=[Entity(id="e1", name="George W. Bush", type="PERSON")], mentions=[
        Mention(george.start_char, george.end_char, "e1", token_start=george.start, token_end=george.end),
        Mention(jeb.start_char, jeb.end_char, "e1", token_start=jeb.start, token_end=jeb.end)],
        token_entity={i: "e1" for i in [*range(george.start, george.end), *range(jeb.start, jeb.end)]})
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=Resources())
    ctx.entities = table  # the table merged the two Bushes
    q = next(q for q in extract_quotes(ctx) if "unlawfully" in q.text)
    assert q.speaker == "Jeb Bush" and q.speaker_entity is None




def test_pronoun_it_after_an_organisation_only_the_table_found(nlp):
    from wirecoder.extract.base import EntityTable, Mention
    from wirecoder.record import Entity

    text = ("But the Home Office said mandatory life sentences would not be abolished. The commission, an "
            "independent body including two judges, had been asked to consider reforms. But it said its proposals "
            "were unlikely to work without a far wider review of the law.")
    doc = nlp(text)
    office = doc.char_span(text.index("Home"), text.index("Home") + len("Home Office"))
    comm = doc.char_span(text.index("The commission"), text.index("The commission") + len("The commission"))
    table = EntityTable(
        entities=[Entity(id="e1", name="Home Office", type="ORG"), Entity(id="e2", name="Law Commission", type="ORG")],
        mentions=[Mention(office.start_char, office.end_char, "e1", token_start=office.start, token_end=office.end),
                  Mention(comm.start_char, comm.end_char, "e2", kind="nominal", token_start=comm.start,
                          token_end=comm.end)],
        token_entity={**{i: "e1" for i in range(office.start, office.end)},
                      **{i: "e2" for i in range(comm.start, comm.end)}})
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=Resources())
    ctx.entities = table  # the table knows "The commission"; the tagger does not
    q = next(q for q in extract_quotes(ctx) if "proposals" in q.text)
    assert q.speaker == "Law Commission"


def test_a_qualified_title_is_not_another_office_holder(nlp):
    text = ("Jack Straw has attacked the decision by the court. New Home Secretary Charles Clarke vowed the nine men "
            "would remain in prison while the law was being reviewed. The foreign secretary insisted it was for "
            "Parliament, and not judges, to decide how best Britain could be defended.")
    q = next(q for q in _quotes(nlp, text) if "Parliament" in q.text)
    assert "Clarke" not in q.speaker


def test_an_undotted_title_is_not_another_given_name(nlp):
    text = ("Shani Rhys James is worried about arts funding. Ms James said arts funding should be separate from "
            "government.")
    q = next(q for q in _quotes(nlp, text) if "separate" in q.text)
    assert q.speaker == "Shani Rhys James" and q.speaker_entity is not None


def test_who_after_a_place_speaks_for_the_people_located_there(nlp):
    text = ("The change is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps "
            "down-ballot when Trump is painted as a greedy Republican.")
    [q] = with_text(quotes_of(nlp, text), "helps down-ballot")
    assert "Democrats" in q.speaker


def test_who_after_a_title_in_apposition_is_the_named_person(nlp):
    text = ("Obama has had a frosty relationship with Mitch McConnell.\n\n"
            "Obama has had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 "
            "said the GOP's most important goal was to make Obama a one-term president.")
    [q] = with_text(quotes_of(nlp, text), "most important goal")
    assert q.speaker == "Mitch McConnell"


def test_bare_surname_of_two_namesakes_is_the_one_just_named(nlp):
    text = ("Former President George W. Bush campaigned in South Carolina on Monday. His brother Jeb Bush has "
            "struggled in the polls.\n\n"
            "Last week, Jeb Bush told an Iowa audience that the Islamic State is taking hold in Libya.\n\n"
            "\"Libya today is completely chaotic,\" Bush said.")
    [q] = with_text(quotes_of(nlp, text), "completely chaotic")
    assert q.speaker == "Jeb Bush"


def test_bare_surname_of_two_namesakes_far_from_both_is_the_one_named_most(nlp):
    filler = "The campaign spent the week on television ads and town halls across the state. " * 8
    text = ("Jeb Bush opened his campaign office in Miami. Jeb Bush met donors in Tampa. His brother, "
            "George W. Bush, stayed in Texas.\n\n" + filler + "\n\nBush said the country needs a leader who "
            "has been tested.")
    [q] = with_text(quotes_of(nlp, text), "leader who has been tested")
    assert q.speaker == "Jeb Bush"


def test_it_after_a_document_subject_is_the_document(nlp):
    text = ("The Government Accountability Office released a report on Tuesday about the program. The report "
            "found that costs had doubled since 2015. It said the Pentagon had failed to track spending on the "
            "new jets.")
    [q] = with_text(quotes_of(nlp, text), "failed to track")
    assert q.speaker == "The report"


def test_it_after_an_organisation_with_a_document_object_is_the_organisation(nlp):
    text = "Amnesty International published a report on Monday. It said security forces had killed 40 protesters."
    [q] = with_text(quotes_of(nlp, text), "security forces")
    assert q.speaker == "Amnesty International"


def test_speaker_nouns_tag_documents():
    nouns = read_speaker_nouns()
    assert {"report", "statement", "poll"} <= nouns.documents
    assert "official" not in nouns.documents and "report" in nouns.words


def test_footage_of_someone_saying_a_quotation_is_theirs(nlp):
    text = ("The spot concludes with footage of Donald Trump saying during the debate last week, "
            "\u201cThat makes me smart,\u201d when Clinton blasted him for not paying income tax.")
    [q] = with_text(quotes_of(nlp, text), "makes me smart")
    assert q.speaker == "Donald Trump" and q.kind == "direct"


def test_namesake_after_a_gendered_honorific_fits_it(nlp):
    text = ("Bill Clinton campaigned in New Hampshire on Saturday. He said his wife would win. Hillary Clinton "
            "spoke in Iowa. She said the race was close. Bill Clinton attacked Trump again.\n\n"
            "Mrs. Clinton accused him of having a penchant for sexism.")
    [q] = with_text(quotes_of(nlp, text), "penchant")
    assert q.speaker == "Hillary Clinton"
