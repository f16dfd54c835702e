"""The actor dictionary and user actor files (our YAML and PETRARCH-style TSV)."""

from __future__ import annotations

import pytest

from conftest import shared_path
from test_entities import analyse, by_name, entity_of_word
from wirecoder.actors import build_dictionary, plural_forms
from wirecoder.resources import Resources

PETR_TSV = (
    "phrase\tcode\tkind\n"
    "ARNOR\tARN\tactor\n"
    "GONDOR\tGON\tactor\n"
    "DAGOLATH\tDAG\tactor\n"
    "TELEMAR\tDAG\tactor\n"
    "ARGENTIN\tARG\tactor\n"
    "BOROMIR\t---\tactor\n"
    "PRIME MINISTER\t~GOV\tagent\n"
    "FOREIGN MINISTER\t~GOVFRM\tagent\n"
    "TROOPS\t~MIL\tagent\n"
)


@pytest.fixture(scope="module")
def petr_resources(tmp_path_factory):
    path = tmp_path_factory.mktemp("actors") / "mine.tsv"
    path.write_text(PETR_TSV, encoding="utf-8")
    return Resources(actor_files=(path,))


def test_builtin_dictionary_has_aliases_demonyms_capitals_orgs():
    d = build_dictionary()
    for phrase in ("U.S.", "US", "America", "United States of America"):
        assert d.lookup(phrase).country == "USA", phrase
    assert d.lookup("Pakistani").kind == "demonym" and d.lookup("Pakistani").country == "PAK"
    assert d.lookup("Islamabad").kind == "capital" and d.lookup("Islamabad").country == "PAK"
    assert d.lookup("the Kremlin").code == "RUSGOV"
    assert d.lookup("NATO").code == "IGOWSTNAT"
    assert d.roles["ministers"].sector == "GOV"
    assert d.roles["gen."].title == "General"
    assert d.first_names["imran"] == "m"


def test_plural_forms():
    assert plural_forms("minister") == ["minister", "ministers"]
    assert plural_forms("army") == ["army", "armies"]
    assert plural_forms("policeman") == ["policeman", "policemen"]
    assert plural_forms("armed forces") == ["armed forces"]
    assert plural_forms("witness") == ["witness", "witnesses"]


def test_user_tsv_fictional_actors_found_without_ner(nlp, petr_resources):
    ctx = analyse(nlp, "Arnor is about to restore full diplomatic ties with Gondor almost five years after "
                       "crowds trashed its embassy.", resources=petr_resources)
    assert entity_of_word(ctx, "Arnor").actor == "ARN"
    assert entity_of_word(ctx, "Gondor").actor == "GON"


def test_user_agent_combines_with_actor_country(nlp, petr_resources):
    ctx = analyse(nlp, "Dagolath's first Deputy Prime Minister Telemar on Tuesday accused Gondor of "
                       "massing troops on the border.", resources=petr_resources)
    telemar = entity_of_word(ctx, "Telemar")
    assert telemar is not None and telemar.actor == "DAGGOV"
    assert "Deputy Prime Minister" in telemar.roles
    assert entity_of_word(ctx, "Gondor").actor == "GON"


def test_user_agent_suffix_and_group(nlp, petr_resources):
    ctx = analyse(nlp, "Arnorian officials said Gondor troops had crossed the river, and the Arnor "
                       "Foreign Minister Halbarad protested.", resources=petr_resources)
    assert entity_of_word(ctx, "troops").actor == "GONMIL"
    assert by_name(ctx, "Halbarad").actor == "ARNGOVFRM"


def test_tabari_stems_and_null_codes(nlp, petr_resources):
    ctx = analyse(nlp, "The Argentinian navy seized the trawler, and Boromir said nothing.", resources=petr_resources)
    arg = entity_of_word(ctx, "Argentinian")
    assert arg is not None and arg.country == "ARG"
    boromir = entity_of_word(ctx, "Boromir")
    assert boromir is None or boromir.actor is None


def test_user_yaml(nlp, tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "# my actors\n"
        "actors:\n"
        "  Republic of Zembla: {code: ZMB, type: GPE, aliases: [Zembla, Zemblan]}\n"
        "  Northern Liberation Front: {code: ZMBREB, aliases: [NLF]}\n"
        "  Kinbote: ZMB\n"
        "agents:\n"
        "  grand vizier: GOV\n",
        encoding="utf-8",
    )
    ctx = analyse(nlp, "Zemblan forces clashed with the NLF near the capital. Grand Vizier Kinbote said "
                       "Zembla would not negotiate, after Grand Vizier Kinbote was expelled.",
                  resources=Resources(actor_files=(path,)))
    zembla = by_name(ctx, "Republic of Zembla")
    assert {"Zemblan", "Zembla"} <= {ctx.doc.text[s:e] for s, e in zembla.mentions}
    assert zembla.actor == "ZMB"
    assert entity_of_word(ctx, "NLF").actor == "ZMBREB"
    assert entity_of_word(ctx, "Kinbote").actor == "ZMBGOV"
    assert entity_of_word(ctx, "Kinbote", 1).id == entity_of_word(ctx, "Kinbote").id
    assert entity_of_word(ctx, "forces").actor == "ZMBMIL"


def test_user_file_overrides_builtin(nlp, tmp_path):
    path = tmp_path / "egypt.tsv"
    path.write_text("EGYPT\tUAR\tactor\n", encoding="utf-8")
    d = build_dictionary([path])
    assert d.lookup("Egypt").code == "UAR"
    assert d.lookup("Egyptian").code == "EGY"  # untouched


@pytest.mark.shared
def test_petrarch_validation_actor_file_loads(nlp):
    path = shared_path("bench", "events", "petr2_validate_actors.tsv")
    res = Resources(actor_files=(path,))
    ctx = analyse(nlp, "Dagolath's first Deputy Prime Minister Telemar said Arnor would recognise Gondor.",
                  resources=res)
    assert entity_of_word(ctx, "Telemar").actor == "DAGGOV"
    assert entity_of_word(ctx, "Arnor").actor == "ARN"
    assert entity_of_word(ctx, "Gondor").actor == "GON"


def test_pipeline_takes_user_actor_files(tmp_path):
    from wirecoder import Pipeline

    path = tmp_path / "fiction.tsv"
    path.write_text("ARNOR\tARN\tactor\nGONDOR\tGON\tactor\nENVOY\t~GOV\tagent\n", encoding="utf-8")
    rec = Pipeline(actor_files=[path]).extract(text="The Arnor envoy met Gondor officials in Minas Tirith.")
    actors = {e.actor for e in rec.entities}
    assert {"ARNGOV", "GON"} <= actors
    assert not rec.errors


def test_bad_actor_file_is_reported_not_fatal(tmp_path):
    from wirecoder import Pipeline

    path = tmp_path / "broken.yaml"
    path.write_text("actors: [unclosed\n", encoding="utf-8")
    rec = Pipeline(actor_files=[path]).extract(text="Gondor protested.")
    assert any("broken.yaml" in e for e in rec.errors)


def test_user_agent_body_with_actor_inside(nlp, tmp_path):
    path = tmp_path / "silly.tsv"
    path.write_text("CALENARDHON\tCAL\tactor\nMINISTRY OF SILLY WALKS\t~GOV\tagent\n", encoding="utf-8")
    ctx = analyse(nlp, "The Calenardhon Ministry of Silly Walks condemned the attack.",
                  resources=Resources(actor_files=(path,)))
    ministry = entity_of_word(ctx, "Ministry")
    assert ministry is not None and ministry.actor == "CALGOV" and ministry.type == "ORG"


def test_alternative_codes_keep_the_most_specific(tmp_path):
    path = tmp_path / "alt.tsv"
    path.write_text("LORIEN\tELR/GAL\tactor\nZEMBLA PALACE\tZMB/ZMBGOV\tactor\n", encoding="utf-8")
    d = build_dictionary([path])
    assert d.lookup("Lorien").code == "ELR"  # equals: the first
    assert d.lookup("Zembla Palace").code == "ZMBGOV"  # the most specific
