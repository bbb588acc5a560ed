"""Issue 18's labelled set: recall@10 and MRR per kind of query, with the targets."""

from django.db import connection

from search.ranking import run_search
from tests.search.quality import LABELLED, measure


def result_urls(query, language):
    return [entry.url for entry in run_search(query, language).entries[:10]]


def test_labelled_set_has_every_kind():
    kinds = {kind for kind, *_rest in LABELLED}
    assert kinds == {"typo", "question", "family", "synonym", "english"}
    assert len(LABELLED) >= 40
    assert all(len({q for k, _l, q, _p in LABELLED if k == kind}) >= 8 for kind in kinds)


def test_recall_and_mrr_per_kind(demo, capsys):
    figures = measure(result_urls)
    with capsys.disabled():
        print(f"\nsearch quality per kind on {connection.vendor} (recall@10, MRR, queries):")
        for kind, (recall, mrr, count) in figures.items():
            print(f"  {kind:9} recall@10 {recall:.3f}  MRR {mrr:.3f}  ({count})")
    recall, mrr, _count = figures["all"]
    assert recall >= 0.95 and mrr >= 0.85
    for kind, (recall, _mrr, _count) in figures.items():
        assert recall >= 0.85, kind
