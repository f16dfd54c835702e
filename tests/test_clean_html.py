"""HTML pages: trafilatura body, page metadata, the same junk and caption rules."""

from __future__ import annotations

import json

from wirecoder.clean.article import clean_article
from wirecoder.clean.html import page_metadata, strip_tags
from wirecoder.readers import RawArticle

PARAS = [
    "The city council approved a new transport plan on Tuesday that will add twelve bus lines by next spring.",
    "Officials said the plan would cost about 40 million euros and be paid for by a regional grant.",
    "Opposition members criticised the timetable, saying construction would disrupt traffic for months.",
    "The mayor said the first lines would open in March, with the rest following before the summer holidays.",
]


def _page(head: str = "", extra_body: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><title>Council backs bus plan | City News</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Council backs bus plan</h1>{body}{extra_body}</article>"
        "<footer><p>Copyright 2021 City News. All rights reserved.</p></footer></body></html>"
    )


def test_body_from_html_without_navigation_or_footer():
    art = clean_article(RawArticle(id="p", html=_page()))
    for p in PARAS:
        assert p in art.text
    assert "Home" not in art.text and "All rights reserved" not in art.text
    assert art.text.count("\n\n") == len(PARAS) - 1


def test_meta_tags_and_json_ld_metadata():
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council backs bus plan",
        "datePublished": "2021-03-03T09:15:00+01:00", "author": [{"@type": "Person", "name": "Jane Doe"}],
        "publisher": {"@type": "Organization", "name": "City News"},
    }
    head = (
        '<meta property="og:title" content="Council backs new bus plan">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    meta = page_metadata(_page(head))
    assert meta.title == "Council backs new bus plan"
    assert meta.published == "2021-03-03T09:15:00+01:00"
    assert meta.authors == ["Jane Doe"] and meta.publisher == "City News"
    art = clean_article(RawArticle(id="p", html=_page(head)))
    assert (art.title, art.published, art.authors, art.source) == (
        "Council backs new bus plan", "2021-03-03T09:15:00+01:00", ["Jane Doe"], "City News")


def test_json_ld_graph_and_meta_published_time():
    ld = {"@graph": [{"@type": "WebSite", "name": "X"}, {"@type": ["NewsArticle"], "headline": "H", "datePublished": "2020-01-02"}]}
    meta = page_metadata(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert meta.title == "H" and meta.published == "2020-01-02"
    meta = page_metadata('<meta property="article:published_time" content="2019-05-06T07:08:09Z"><meta name="author" content="A. Writer">')
    assert meta.published == "2019-05-06T07:08:09Z" and meta.authors == ["A. Writer"]


def test_junk_and_captions_inside_the_article_are_removed():
    extra = "<p>Advertisement</p><figure><figcaption>The mayor speaks on Tuesday. (Jane Roe / AFP)</figcaption></figure>"
    art = clean_article(RawArticle(id="p", html=_page(extra_body=extra)))
    assert "Advertisement" not in art.text and "AFP" not in art.text


def test_strip_tags_fallback_keeps_text_and_blocks():
    text = strip_tags("<div><script>var x=1;</script><p>One &amp; two</p><p>Three</p></div>")
    assert "var x" not in text and "One & two" in text
    assert [ln.strip() for ln in text.splitlines() if ln.strip()] == ["One & two", "Three"]


def test_page_where_no_article_is_found_falls_back_to_its_text():
    art = clean_article(RawArticle(id="tiny", html="<p>Flood waters rose overnight.</p>"))
    assert art.text == "Flood waters rose overnight." and art.errors == []


def test_moderately_nested_page_still_parsed():
    page = "<html><body>" + "<div>" * 250 + f"<p>{PARAS[0]}</p>" + "</div>" * 250 + "</body></html>"
    art = clean_article(RawArticle(id="nested", html=page))
    assert PARAS[0] in art.text


def test_site_name_suffix_is_stripped_from_the_title():
    from wirecoder.clean.html import strip_site_name

    assert strip_site_name("Wurmkiste | selbst.de", "Selbst", None) == "Wurmkiste"
    assert strip_site_name("Council backs plan - City News", None, "https://www.citynews.com/a/1") == "Council backs plan"
    assert strip_site_name("Talks fail - again", "City News", "https://citynews.com/x") == "Talks fail - again"


def test_figure_captions_go_to_captions_not_text():
    fig = "<figure><img src='a.jpg'><figcaption>The new bus depot in the north of the city.</figcaption></figure>"
    art = clean_article(RawArticle(id="p", html=_page(extra_body=fig)))
    assert art.captions == ["The new bus depot in the north of the city."]
    assert "bus depot" not in art.text


def test_author_names_from_metadata_are_cleaned():
    from wirecoder.clean.meta import clean_author_name

    assert clean_author_name("By Jane Doe") == "Jane Doe"
    assert clean_author_name("Adam Aaronson PhillyVoice Staff") == "Adam Aaronson PhillyVoice"
    assert clean_author_name("mix1.de Redaktion") is None
    assert clean_author_name("https://www.facebook.com/janedoe") is None
