"""Former states take their successor's code, as the CAMEO/PLOVER gold does (Soviet Union -> RUS)."""

from __future__ import annotations

from test_entities import analyse, by_name
from wirecoder.actors import build_dictionary


def test_former_states_and_their_demonyms():
    d = build_dictionary()
    for phrase, country in (("Soviet Union", "RUS"), ("USSR", "RUS"), ("Soviet", "RUS"), ("Czechoslovakia", "CZE"),
                            ("Yugoslavia", "SRB"), ("West Germany", "DEU"), ("East German", "DEU")):
        assert d.lookup(phrase).country == country, phrase


def test_soviet_minister_is_coded_with_the_successor_state(nlp):
    rec = analyse(nlp, "U.S. Secretary of State George Shultz and Soviet Foreign Minister Eduard Shevardnadze "
                       "met today. The Soviet Union has accused Washington of spy-mania.")
    assert by_name(rec, "Eduard Shevardnadze").actor == "RUSGOV"
    assert by_name(rec, "George Shultz").actor == "USAGOV"
