"""The lead paragraph from the article header, which trafilatura's body leaves out."""

from __future__ import annotations

import lxml.html

from wirecoder.clean.article import clean_article
from wirecoder.clean.html_dom import add_lead, class_words, page_blocks
from wirecoder.readers import RawArticle

LEAD = "The city council approved a twelve-line bus plan on Tuesday after a debate that lasted all night long."
PARAS = [
    "Officials said the plan would cost about 40 million euros and be paid for by a regional grant.",
    "Opposition members criticised the timetable, saying construction would disrupt traffic for months.",
    "The mayor said the first lines would open in March, with the rest following before the summer holidays.",
]
BODY = "\n".join(PARAS)


def _page(lead_html: str, after: str = "") -> str:
    return (
        "<html><head><title>Bus plan</title></head><body><main>"
        f"<header><h1>Bus plan approved</h1>{lead_html}</header>"
        "<div class='story-body'>" + "".join(f"<p>{p}</p>" for p in PARAS) + f"</div>{after}</main></body></html>"
    )


def _blocks(page: str):
    return page_blocks(lxml.html.fromstring(page))


def test_class_words_split_hyphens_underscores_and_camel_case():
    el = lxml.html.fromstring("<div class='article-teaser story_Lead' id='documentDescription'>x</div>")
    assert {"article", "teaser", "story", "lead", "document", "description"} <= class_words(el)


def test_lead_in_header_is_put_before_the_body():
    blocks = _blocks(_page(f"<p class='article-lead'>{LEAD}</p>"))
    assert add_lead(BODY, blocks).split("\n")[0] == LEAD


def test_no_lead_when_body_has_it_or_no_element_is_named_so():
    assert add_lead(LEAD + "\n" + BODY, _blocks(_page(f"<p class='lead'>{LEAD}</p>"))) == LEAD + "\n" + BODY
    assert add_lead(BODY, _blocks(_page(f"<p class='meta-info'>{LEAD}</p>"))) == BODY


def test_teasers_after_the_body_or_in_links_are_not_leads():
    teaser = "<div class='teaser-text'><p>Another story about the harbour and its new ferry lines to the island.</p></div>"
    assert add_lead(BODY, _blocks(_page("", after=teaser))) == BODY
    linked = f"<a href='/x'><p class='lead'>{LEAD}</p></a>"
    assert add_lead(BODY, _blocks(_page(linked))) == BODY


def test_short_labels_are_not_leads():
    assert add_lead(BODY, _blocks(_page("<p class='summary'>Summary of the news</p>"))) == BODY


def test_clean_article_keeps_the_lead_of_an_html_page():
    page = _page(f"<div class='teaser-text'><p>{LEAD}</p></div>")
    art = clean_article(RawArticle(id="lead", html=page))
    assert art.text.startswith(LEAD)
    assert PARAS[-1] in art.text


def test_lead_below_a_kept_subtitle_goes_after_it():
    subtitle = "Twelve new bus lines for the city by next spring"
    page = (
        "<html><body><main><header><h2>" + subtitle + "</h2>"
        f"<div class='article-intro'>{LEAD}</div></header>"
        "<div class='story-body'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></main></body></html>"
    )
    lines = add_lead(subtitle + "\n" + BODY, _blocks(page)).split("\n")
    assert lines[:3] == [subtitle, LEAD, PARAS[0]]


def test_captions_and_link_teasers_are_not_leads():
    caption = f"<figure><img src='x.jpg'><figcaption class='description'>{LEAD}</figcaption></figure>"
    assert add_lead(BODY, _blocks(_page(caption))) == BODY
    teaser = f"<div class='teaser'>Read also: <a href='/y'>{LEAD}</a></div>"
    assert add_lead(BODY, _blocks(_page(teaser))) == BODY


def _article_page(extra_paras: list[str]) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS + extra_paras)
    return f"<html><body><article><h1>Bus plan approved</h1>{paras}</article></body></html>"


def test_calls_to_action_inside_the_article_are_dropped_from_html_pages():
    prompts = [
        "Subscribe now to our eNATION edition for the full story.",
        "Never miss the latest news by signing up to our newsletter today!",
        "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
    ]
    art = clean_article(RawArticle(id="cta", html=_article_page(prompts)))
    assert PARAS[-1] in art.text
    assert not any(p in art.text for p in prompts)


def test_a_sentence_about_a_newsletter_is_kept():
    line = "The council's newsletter reported that the first bus lines would open in March next year."
    art = clean_article(RawArticle(id="nl", html=_article_page([line])))
    assert line in art.text
