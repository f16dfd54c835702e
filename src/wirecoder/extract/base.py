"""What every extraction stage reads: the parsed Doc, the article's metadata and the entity table.

Data flows one way. The pipeline parses each article once (``nlp.pipe``), builds an
``ArticleContext`` and calls the stages in order:

    entities -> locations -> dates -> amounts -> quotes -> events -> tone

A stage reads the context (the ``Doc`` and what earlier stages put there) and returns its own
output; the pipeline stores that output on the context for later stages. No stage parses text
again or reaches into another stage's internals: the typed fields below are the interface.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from wirecoder.record import Amount, DateRef, Entity, Location, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from wirecoder.clean import CleanArticle
    from wirecoder.resources import Resources


@dataclass
class Mention:
    """One mention of an entity in the body: a name, a surname, a nominal or a pronoun."""

    start: int  # character offsets into the body
    end: int
    entity_id: str
    kind: str = "name"  # name | surname | nominal | pronoun | demonym | metonym
    token_start: int = 0  # token offsets into the Doc [token_start, token_end)
    token_end: int = 0


@dataclass
class EntityTable:
    """The entities of one article and a fast lookup from tokens to the entity they mention."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    token_entity: dict[int, str] = field(default_factory=dict)  # token index -> entity id

    def __post_init__(self) -> None:
        self._by_id = {e.id: e for e in self.entities}

    def get(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        if len(self._by_id) != len(self.entities):
            self._by_id = {e.id: e for e in self.entities}
        return self._by_id.get(entity_id)

    def at_token(self, i: int) -> Entity | None:
        """The entity mentioned by token i (any token of a mention, pronouns included)."""
        return self.get(self.token_entity.get(i))

    def all_at_token(self, i: int) -> list[Entity]:
        """Every entity with a mention covering token i, the one of ``at_token`` first: the head of
        "Hungarian and Romanian officials" stands for two group actors (HUNGOV, ROUGOV)."""
        first = self.at_token(i)
        found = [first] if first is not None else []
        for m in self.mentions:
            if m.token_start <= i < m.token_end and m.kind == "name":
                ent = self.get(m.entity_id)
                if ent is not None and ent not in found and ent.actor and first is not None and ent.type == first.type:
                    found.append(ent)
        return found

    def in_tokens(self, start: int, end: int) -> Entity | None:
        """The entity of the first mention inside tokens [start, end), if any."""
        for i in range(start, end):
            ent = self.at_token(i)
            if ent is not None:
                return ent
        return None


@dataclass
class ArticleContext:
    article: CleanArticle
    doc: Doc
    resources: Resources
    published: datetime | None = None
    entities: EntityTable = field(default_factory=EntityTable)
    locations: list[Location] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)  # for events: "we" in a direct quote is its speaker
