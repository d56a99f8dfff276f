import json

import pytest

from newsfacts import curation
from newsfacts.errors import InputError


def test_broken_yaml_names_the_file(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("verbs: [say, tell\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        curation.read_yaml(path)
    assert "lexicon.yaml" in str(error.value) and "not valid YAML" in str(error.value)


def test_missing_file_says_how_to_restore_it(tmp_path):
    with pytest.raises(InputError, match="restore data/curation/gone.yaml"):
        curation.read_yaml(tmp_path / "gone.yaml")


def test_schema_errors_come_in_document_order(tmp_path):
    schema = tmp_path / "s.schema.json"
    schema.write_text(json.dumps({"type": "array", "items": {"type": "object", "required": ["name"]}}))
    errors = curation.schema_errors([{"name": "a"}, {}, {"x": 1}], schema)
    assert [list(e.path) for e in errors] == [[1], [2]]
    assert curation.schema_errors([{"name": "a"}], schema) == []


def test_slugs_spell_letters_unicode_does_not_decompose():
    from newsfacts.gazetteer import slugify

    assert [slugify(n) for n in ("Vladan Đokić", "Łódź", "Lars Løkke Rasmussen", "Straße")] == ["vladan-dokic", "lodz", "lars-lokke-rasmussen", "strasse"]
