"""The consultation knowledge base: questions callers ask 12315, answered from the law.

- ``model``: an entry (question, paraphrases, keywords, answer per language, category, law,
  valid dates) and a base of entries, validated with pydantic.
- ``loader``: YAML files (a version's files) -> a base, with every error in Mandarin and English.
- ``csv_import``: a CSV sheet -> the same YAML.
- ``retrieval``: jieba words (the base's keywords as a user dictionary) plus pinyin, BM25
  ranking (bm25s), a confidence, entries outside their dates never answered.
- ``store``: the versioned store kind ``knowledge`` (versions, validate, publish, rollback), searched
  in this process (the index built through ``in_process``, which imports ``retrieval`` at first use).
- ``catalog``: a version's entries and key menus without the index (what a FastAGI worker holds).
- ``served``, ``questions``, ``service``: a worker's questions asked over Redis of the box's one
  retrieval service, which answers them from its index.
- ``prompts``: the fixed prompts of a base (each answer, the topic menus), built ahead.
- ``consult``: the menu node ``consult`` that answers a caller.
"""
