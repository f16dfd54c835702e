"""Coreference, round 11: a definite organisation noun ("the exchange", "the panel", "the newspaper") refers
back to the body named before it whose name that noun (or its kind) heads (small texts of our own)."""

from __future__ import annotations

from datetime import datetime

from test_entities import analyse, by_name, surfaces
from wirecoder.clean import CleanArticle
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.entities import extract_entities
from wirecoder.resources import Resources

_RESOURCES = Resources()


def test_the_exchange_is_the_stock_exchange_named_sentences_before(nlp):
    ctx = analyse(nlp, "The Karachi Stock Exchange will change its listing rules, its chairman Imran Qadir said. "
                       "Three cement makers have asked to issue new shares. Their bankers were surprised. "
                       "Brokers expect more requests. Mr Qadir said nothing more. Trading was thin. "
                       "The exchange said on Tuesday it would reject further requests.")
    assert "The exchange" in surfaces(ctx, by_name(ctx, "Karachi Stock Exchange"))


def test_the_panel_is_the_commission_named_before(nlp):
    ctx = analyse(nlp, "The Harwell Commission was set up to investigate the arms deal. "
                       "In a report on Monday, the panel criticised the defence staff.")
    assert "the panel" in surfaces(ctx, by_name(ctx, "Harwell Commission"))


def test_the_newspaper_is_the_outlet_named_before(nlp):
    ctx = analyse(nlp, "The Northern Herald was sued for libel by Mr Dalton after the newspaper claimed he took bribes.")
    herald = [e for e in ctx.entities.entities if "Herald" in e.name]
    assert herald and "the newspaper" in surfaces(ctx, herald[0])


def test_a_noun_modifying_another_noun_is_no_reference(nlp):
    ctx = analyse(nlp, "The Tokyo Stock Exchange was closed for the holiday. The exchange rate was stable. "
                       "The exchange said on Monday it would open at nine.")
    exchange = by_name(ctx, "Tokyo Stock Exchange")
    assert surfaces(ctx, exchange).count("The exchange") == 1  # the one that said, not the rate
    rate_start = ctx.doc.text.index("The exchange rate")
    assert all(s != rate_start for s, _e in exchange.mentions)


def test_a_body_of_another_kind_in_between_does_not_take_the_noun(nlp):
    ctx = analyse(nlp, "The Harwell Commission published its findings. Senator Jane Moss welcomed them. "
                       "The Treasury declined to comment. The commission said it would meet again.")
    assert "The commission" in surfaces(ctx, by_name(ctx, "Harwell Commission"))


def _dated(nlp, text: str, published: str | None) -> ArticleContext:
    doc = nlp(text)
    return ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=_RESOURCES,
                          published=datetime.fromisoformat(published) if published else None)


def _actor_of(nlp, text: str, name: str, published: str | None = None) -> str | None:
    ctx = _dated(nlp, text, published)
    ctx.entities = extract_entities(ctx)
    return by_name(ctx, name).actor


def test_seats_of_government_stand_for_their_bodies(nlp):
    text = "Clarence House issued a statement on Friday. Number 10 said the prime minister had been told."
    assert _actor_of(nlp, text, "Clarence House") == "GBR"  # a royal household: the country, no sector
    assert _actor_of(nlp, text, "Number 10") == "GBRGOV"


def test_a_seat_is_coded_for_the_article_day(nlp):
    text = "The Kremlin said on Tuesday that the talks in Geneva would go on."
    assert _actor_of(nlp, text, "Kremlin", "1987-04-02") == "USRGOV"
    assert _actor_of(nlp, text, "Kremlin", "2005-04-02") == "RUSGOV"


def test_a_lower_case_number_is_no_seat(nlp):
    ctx = _dated(nlp, "Shares in the company were ranked number 10 on the list, Number 10 said.", None)
    ctx.entities = extract_entities(ctx)
    seats = [e for e in ctx.entities.entities if e.name.lower() == "number 10"]
    assert len(seats) == 1 and len(seats[0].mentions) == 1


def test_a_bare_government_in_a_report_is_the_reporters_own(nlp):
    ctx = analyse(nlp, "The US will free four men held at Guantanamo Bay, US officials said. The US and the Americans "
                       "were pleased, US officials said. Jack Straw welcomed the news for Britain. He said the "
                       "government had been negotiating the return of the detainees since 2003.")
    government = [e for e in ctx.entities.entities if e.name == "government"]
    assert [e.actor for e in government] == ["GBRGOV"]  # Straw's, not the country the article names most



def test_the_one_country_named_is_not_the_story_country_when_anothers_people_dominate(nlp):
    ctx = analyse(nlp, "President Reagan sent Congress new rules after the Iran arms affair. Reagan said the "
                       "rules would restore proper procedures, and Congress welcomed them. The Harwell Commission, "
                       "named by Reagan, had criticised his staff.")
    assert by_name(ctx, "Harwell Commission").actor == "USAGOV"  # not IRNGOV


def test_a_visitor_named_often_does_not_move_the_story_country(nlp):
    ctx = analyse(nlp, "China will buy more oil from Venezuela, President Hugo Chavez said in Beijing. Chavez met "
                       "Chinese leaders. China imports most of its oil by sea, and Chinese demand is rising. "
                       "Chavez said Venezuela would sell more. According to the Ministry of Commerce, China's "
                       "imports will rise 21%, Chavez added.")
    assert by_name(ctx, "Ministry of Commerce").actor == "CHNGOV"  # the story's country by its names, not VENGOV


def test_a_shadow_secretary_is_the_opposition(nlp):
    ctx = analyse(nlp, "Britain's schools need more money, Tim Hartley, the shadow education secretary, said in London. "
                       "The UK spends less than France, Mr Hartley said.")
    assert by_name(ctx, "Tim Hartley").actor == "GBROPP"


def test_a_bare_singular_state_noun_without_determiner_is_no_body(nlp):
    ctx = analyse(nlp, "Britain's regulator is seeking authority to act against the bank, British officials said. "
                       "The UK may act soon.")
    assert not [e for e in ctx.entities.entities if e.name == "authority"]


def test_the_paper_as_a_speaker_is_the_outlet_but_commercial_paper_is_not(nlp):
    ctx = analyse(nlp, "Russian authorities demanded more taxes from Yukos, Vedomosti reported. The paper added that "
                       "most of the taxes were disputed.")
    assert "The paper" in surfaces(ctx, by_name(ctx, "Vedomosti"))
    ctx = analyse(nlp, "The bank will issue new notes, a dealer told Reuters. The paper would be sold at a discount.")
    assert "The paper" not in surfaces(ctx, by_name(ctx, "Reuters"))


def test_the_airline_is_the_carrier_but_the_airline_industry_is_not(nlp):
    ctx = analyse(nlp, "Pan American World Airways said revenue rose. Analysts said fuel prices for the airline "
                       "industry fell. The airline said costs fell.")
    mentions = surfaces(ctx, by_name(ctx, "Pan American World Airways"))
    assert "The airline" in mentions and "the airline" not in mentions
