"""Coreference, round 10: titles written after a name or with a qualifier, former offices, title
phrases that name a party ("the Labour MP for Wigan"), and title-only mentions merged into the person
who holds the title (small texts of our own)."""

from __future__ import annotations

from datetime import datetime

from test_entities import analyse, by_name
from wirecoder.clean import CleanArticle
from wirecoder.extract.base import ArticleContext
from wirecoder.extract.entities import extract_entities
from wirecoder.resources import Resources

_RESOURCES = Resources()


def _texts(ctx, ent) -> list[str]:
    return [ctx.article.text[s:e] for s, e in ent.mentions]


def test_post_name_title_is_a_role_not_a_name(nlp):
    ctx = analyse(nlp, "Former transport minister Alan Hartwell MP criticised the plan on Sunday.")
    hartwell = by_name(ctx, "Alan Hartwell")
    assert "MP" in hartwell.roles
    assert "Former transport minister" in hartwell.roles  # the qualifier and "former" are kept


def test_qc_after_a_comma_is_a_title(nlp):
    ctx = analyse(nlp, "The inquiry was led by Margaret Ellwood, QC, who said the evidence was weak.")
    assert "QC" in by_name(ctx, "Margaret Ellwood").roles


def test_current_title_after_the_name_wins_over_the_former_one(nlp):
    ctx = analyse(nlp, "Former British welfare minister Alan Hartwell MP attacked the budget.")
    hartwell = by_name(ctx, "Alan Hartwell")
    assert hartwell.actor == "GBRLEG"  # an MP now, no former official (ELI)
    assert "former welfare minister" in [r.lower() for r in hartwell.roles]


def test_former_office_does_not_answer_the_title(nlp):
    ctx = analyse(nlp, (
        "Former French prime minister Lionel Marchand criticised the reform on Sunday. "
        "He said the prime minister had misled voters."
    ))
    marchand = by_name(ctx, "Lionel Marchand")
    assert "Former prime minister" in marchand.roles
    assert "the prime minister" not in _texts(ctx, marchand)


def test_party_title_with_constituency_is_the_mp_named_before(nlp):
    ctx = analyse(nlp, (
        "Former welfare minister Alan Hartwell MP attacked the budget on Sunday.\n\n"
        '"What sort of example does it give?" the Labour MP for Wigan asked. '
        "He said the government should think again."
    ))
    texts = _texts(ctx, by_name(ctx, "Alan Hartwell"))
    assert any("Labour MP" in t for t in texts) and "He" in texts
    assert not [e.name for e in ctx.entities.entities if e.type == "PERSON" and e.name != "Alan Hartwell"]


def _dated(nlp, text: str, published: str | None) -> ArticleContext:
    doc = nlp(text)
    ctx = ArticleContext(article=CleanArticle(id="t", text=text), doc=doc, resources=_RESOURCES,
                         published=datetime.fromisoformat(published) if published else None)
    ctx.entities = extract_entities(ctx)
    return ctx


def test_title_only_lead_merges_into_the_person_named_later(nlp):
    ctx = analyse(nlp, (
        "Moldova's president has defended the sale of the state airline. "
        "President Anton Valek said the deal followed market rules. "
        '"Everything was done openly," the Moldovan president said.'
    ))
    valek = by_name(ctx, "Anton Valek")
    texts = _texts(ctx, valek)
    assert "Moldova's president" in texts and any("Moldovan president" in t for t in texts)
    assert [e.name for e in ctx.entities.entities if e.type == "PERSON"] == ["Anton Valek"]


def test_the_cardinal_is_the_person_titled_cardinal(nlp):
    ctx = analyse(nlp, (
        "Money spent on war should have been used to reduce poverty, Cardinal Cormac Murphy-O'Connor has said. "
        "The cardinal used a Christmas message to denounce the war. "
        "The cardinal said 2005 should be the year for campaigning against poverty."
    ))
    cardinal = by_name(ctx, "Cormac Murphy-O'Connor")
    assert cardinal.type == "PERSON" and "Cardinal" in cardinal.roles
    assert _texts(ctx, cardinal).count("The cardinal") == 2


def test_country_firm_is_the_company_named_just_before(nlp):
    ctx = analyse(nlp, (
        "Hallvik saw its shares rise 14% on Tuesday after it said it would move plants to Asia. "
        "The Swedish firm, the world's largest maker of boilers, said it is to relocate ten plants. "
        "Hallvik's brands include Varma, Kelto and Brisa. The company said it was speeding up its restructuring."
    ))
    hallvik = ctx.entities.at_token(0)
    assert hallvik is not None
    texts = _texts(ctx, hallvik)
    assert "The Swedish firm" in texts and "The company" in texts
    assert not any(e.name == "Swedish firm" for e in ctx.entities.entities)


def test_office_holder_on_the_article_day_is_the_last_resort(nlp):
    text = ("Tony Blair and Gordon Brown met in London on Sunday to discuss the British economy. "
            "The prime minister later said growth would continue.")
    dated = _dated(nlp, text, "2005-01-10")
    assert "The prime minister" in _texts(dated, by_name(dated, "Tony Blair"))
    undated = _dated(nlp, text, None)  # both men were prime minister at some time: no guess
    assert not any("The prime minister" in _texts(undated, e) for e in undated.entities.entities)
    alone = _dated(nlp, ("Gordon Brown met bankers in London on Sunday to discuss the British economy. "
                         "The prime minister later said growth would continue."), "2005-01-10")
    assert "The prime minister" not in _texts(alone, by_name(alone, "Gordon Brown"))  # Blair is not named


def test_jr_is_no_part_of_the_name(nlp):
    ctx = analyse(nlp, "Martin Luther Ogden Jr. led the march in Selma. Ogden said the nation must change.")
    ogden = by_name(ctx, "Martin Luther Ogden Jr.")  # the full name keeps it; matching does not
    assert "Jr." in ogden.roles and "Ogden" in _texts(ctx, ogden)


def test_object_of_against_is_not_the_subject_under_any_name(nlp):
    ctx = analyse(nlp, (
        "Chancellor Gordon Brown met Tony Blair on Monday. The chancellor was manoeuvring against him, "
        "allies said. Brown's allies were warmly welcomed by Labour MPs."
    ))
    assert "him" in _texts(ctx, by_name(ctx, "Tony Blair"))
    assert "him" not in _texts(ctx, by_name(ctx, "Gordon Brown"))
    assert "Labour MPs" not in _texts(ctx, by_name(ctx, "Gordon Brown"))  # a plural is no title of one person


def test_qualified_or_undated_titles_do_not_take_an_office_holder(nlp):
    text = ("Former Speaker Betty Hollins said the lord chancellor currently has the role of House of Lords "
            "speaker. She said a Speaker of the House of Lords should be elected.")
    ctx = _dated(nlp, text, None)
    assert "Former Speaker" in by_name(ctx, "Betty Hollins").roles
    assert not any("House of Lords speaker" in _texts(ctx, e) for e in ctx.entities.entities if e.name == "Betty Hollins")


def test_a_country_title_tied_to_its_holder_is_no_other_presidents(nlp):
    ctx = analyse(nlp, (
        "The Russian president, Vladimir Putin, defended the sale. Ukraine's president Viktor Yushchenko met him. "
        "The Ukrainian president said talks went well."
    ))
    assert not any("Ukrainian president" in t for t in _texts(ctx, by_name(ctx, "Vladimir Putin")))
    assert any("Ukrainian president" in t for t in _texts(ctx, by_name(ctx, "Viktor Yushchenko")))


def test_the_prime_minister_is_no_deputy_prime_minister(nlp):
    ctx = analyse(nlp, (
        "At a dinner hosted by Deputy Prime Minister John Prescott he told Mr Brown of his plan. "
        "According to the book the prime minister said he would stand down."
    ))
    assert "the prime minister" not in _texts(ctx, by_name(ctx, "John Prescott"))


def test_undated_holder_given_another_office_is_not_this_ones(nlp):
    ctx = _dated(nlp, ("Tony Blair promised Gordon Brown he would stand down before the British election, a new book "
                       "about the chancellor claims. But the prime minister changed his mind."), None)
    assert "the chancellor" in _texts(ctx, by_name(ctx, "Gordon Brown"))
    assert "the prime minister" in _texts(ctx, by_name(ctx, "Tony Blair"))  # Brown is the chancellor here
    howard = _dated(nlp, "Michael Howard said he would not back the Home Secretary's plans for Britain.", None)
    assert not any("Home Secretary" in t for t in _texts(howard, by_name(howard, "Michael Howard")))  # GBROPP now


def test_a_title_object_is_not_the_subject_of_its_verb(nlp):
    ctx = analyse(nlp, "Prime Minister Gordon Brown met Tony Blair in London. Mr Brown said he trusted the prime minister.")
    assert "the prime minister" not in _texts(ctx, by_name(ctx, "Gordon Brown"))
    dated = _dated(nlp, ("Gordon Brown met Tony Blair in London on Sunday to discuss the British economy. "
                         "Mr Brown said he trusted the prime minister."), "2008-06-01")
    assert "the prime minister" not in _texts(dated, by_name(dated, "Gordon Brown"))  # Brown's office that day


def test_an_uncoded_person_takes_the_office_held_on_the_articles_day(pipeline):
    text = ("Jaime Ongpin told reporters the plan would avoid an impasse in the talks with the banks.\n\n"
            "Ongpin said Manila wanted a spread of 5/8 percentage points.")
    dated = {e.name: e.actor for e in pipeline.extract(text, published="1987-03-20").entities}
    assert dated.get("Jaime Ongpin") == "PHLGOV"  # the Philippine finance secretary in March 1987
    undated = {e.name: e.actor for e in pipeline.extract(text).entities}
    assert undated.get("Jaime Ongpin") is None  # a name alone does not say which term
