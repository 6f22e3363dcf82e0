"""`kg eval`: score the extraction against gold facts or the shared development sets."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from kg.errors import InputError
from kg.evaluate import EvalReport, Score


class Dataset(str, Enum):
    gold = "gold"
    plover = "plover"
    petr2 = "petr2"
    nerugm = "nerugm"


_out = Console(width=max(Console().width, 110))  # tables stay whole when piped
_err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Add the `eval` command to the `kg` app."""
    app.command("eval")(eval_command)


def eval_command(
    paths: list[Path] = typer.Argument(..., help="Gold JSON files or folders (or a dev-set .jsonl with --dataset)."),
    dataset: Dataset = typer.Option(Dataset.gold, "--dataset", help="gold facts, or a shared dev set: "
                                    "plover (CAMEO/PLOVER gold records), petr2 (PETR-2 smoke), nerugm (IndoLEM NER)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    details: bool = typer.Option(False, "--details", help="List misses and false positives per article."),
    errors: bool = typer.Option(False, "--errors", help="Name each event error per article (missed, spurious, "
                                "lacking, extra or swapped actors, class), with the graph's evidence sentences."),
    limit: int = typer.Option(0, "--limit", help="Dev sets: score only the first N records (0 = all)."),
    against: list[Path] = typer.Option([], "--against", help="A second annotation of the same articles (files or "
                                       "folders): score it instead of the graph, i.e. inter-annotator agreement."),
) -> None:
    """Precision, recall and F1 per fact type, measured on the graph the pipeline builds."""
    if dataset is Dataset.gold:
        report = _gold_report(paths, against)
        if not report.articles:
            raise InputError("no gold article could be evaluated (see the notes above)")
        _print_gold(report, as_json, details, errors, "second annotation" if against else "graph")
        return
    if against:
        raise InputError(f"--against compares two gold annotations; it does not apply to --dataset {dataset.value}")
    if errors:
        raise InputError(f"--errors names errors against gold facts; it does not apply to --dataset {dataset.value}")
    from kg.shared_eval import evaluate_dataset

    if len(paths) != 1:
        raise InputError(f"--dataset {dataset.value} takes exactly one .jsonl file")
    result = evaluate_dataset(dataset.value, paths[0], limit=limit or None)
    _print_scores(f"{dataset.value}: {paths[0]} ({result.records} records)", result.scores, as_json,
                  extra={"records": result.records, "notes": result.notes})
    if details and not as_json:
        for line in result.errors:
            _out.print(line, highlight=False, markup=False, soft_wrap=True)


def _gold_report(paths: list[Path], against: list[Path]) -> EvalReport:
    if against:
        from kg.agreement import agreement

        return agreement(paths, against, on_skip=_note)
    from kg.evaluate import evaluate

    return evaluate(paths, on_skip=_note)


def _note(line: str) -> None:
    _err.print(f"[yellow]note:[/] {line}", highlight=False, soft_wrap=True)


def _print_gold(report: EvalReport, as_json: bool, details: bool, errors: bool, predicted: str) -> None:
    totals = report.totals()
    if as_json:
        articles = [{"gold": str(a.gold_path), "scores": _scores_json(a.scores),
                     "misses": a.misses, "false_positives": a.false_positives} for a in report.articles]
        payload = {"articles_scored": len(report.articles), "skipped": report.skipped,
                   "totals": _scores_json(totals)}
        if details:
            payload["articles"] = articles
        if errors:
            payload.update(_event_errors_json(report))
        _out.print_json(json.dumps(payload))
        return
    _print_scores(f"gold: {len(report.articles)} articles; pred: the {predicted}", totals, False)
    if details:
        for article in report.articles:
            totals = EvalReport([article]).totals()
            _out.rule(f"{article.gold_path}  entity F1 {totals['entity'].f1:.3f}  event F1 {totals['event'].f1:.3f}")
            for line in article.misses:
                _out.print(f"  miss  {line}", highlight=False, markup=False, soft_wrap=True)
            for line in article.false_positives:
                _out.print(f"  extra {line}", highlight=False, markup=False, soft_wrap=True)
    if errors:
        _print_event_errors(report)


def _event_errors_json(report: EvalReport) -> dict:
    from kg.event_errors import count_errors, errors_by_article

    found = errors_by_article(report.articles)
    return {"event_errors": dict(count_errors(found.values())),
            "errors": [{"gold": path, "errors": [_error_json(e) for e in errors]}
                       for path, errors in found.items() if errors]}


def _print_event_errors(report: EvalReport) -> None:
    from kg.event_errors import count_errors, errors_by_article

    found = errors_by_article(report.articles)
    for path, errors in found.items():
        if errors:
            _out.rule(path)
        for error in errors:
            _out.print(f"  {error.describe()}", highlight=False, markup=False, soft_wrap=True)
            for evidence in error.graph.evidence if error.graph else ():
                _out.print(f"      [{evidence.rule}] {evidence.sentence}", style="dim", highlight=False, markup=False,
                           soft_wrap=True)
    counts = count_errors(found.values())
    _out.print("event errors: " + ", ".join(f"{kind} {n}" for kind, n in counts.items()), highlight=False)


def _error_json(error) -> dict:
    from kg.evaluate import short

    return {"kind": error.kind, "gold": error.gold.label if error.gold else None,
            "gold_class": error.gold.kind if error.gold else None,
            "gold_actors": sorted(short(a) for a in error.gold_actors),
            "graph_class": error.graph.kind if error.graph else None,
            "graph_actors": sorted(short(a) for a in error.graph_actors),
            "evidence": [{"rule": e.rule, "sentence": e.sentence, "start": e.start}
                         for e in (error.graph.evidence if error.graph else ())]}


def _scores_json(scores: dict[str, Score]) -> dict[str, dict[str, float | int]]:
    return {name: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
                   "recall": round(s.recall, 4), "f1": round(s.f1, 4)} for name, s in scores.items()}


def _print_scores(title: str, scores: dict[str, Score], as_json: bool, extra: dict | None = None) -> None:
    if as_json:
        _out.print_json(json.dumps({**(extra or {}), "totals": _scores_json(scores)}))
        return
    table = Table(title=title, title_justify="left")
    table.add_column("fact type", no_wrap=True)
    for column in ("gold", "pred", "correct", "P", "R", "F1"):
        table.add_column(column, justify="right")
    for name, s in scores.items():
        style = "bold" if "." not in name else None
        table.add_row(name, str(s.tp + s.fn), str(s.tp + s.fp), str(s.tp),
                      f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", style=style)
    _out.print(table)
