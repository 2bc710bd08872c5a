"""The shipped JSON Schema for `spinmap.article/1`, generated from the pydantic records.

Regenerate after changing records.py: ``python -m spinmap.contract > src/spinmap/spinmap.article-1.schema.json``
(a test fails when the shipped file and the records disagree).
"""
from __future__ import annotations

import json
from importlib import resources

from .records import SCHEMA, ArticleAnalysis

SCHEMA_FILE = "spinmap.article-1.schema.json"


def generate_schema() -> dict:
    schema = ArticleAnalysis.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://spinmap.dev/schema/spinmap.article-1.schema.json"
    schema["title"] = SCHEMA
    return schema


def shipped_schema() -> dict:
    return json.loads(resources.files("spinmap").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


def render_schema() -> str:
    return json.dumps(generate_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(render_schema(), end="")
