"""The evaluation report: counts, derived scores, text and dict renderings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    """Predictions (all, correct) and non-optional gold events (all, hit)."""

    pred: int = 0
    correct_pred: int = 0
    gold: int = 0
    hit: int = 0

    def add(self, result: Any) -> None:
        self.pred += len(result.correct_preds) + len(result.false_alarms)
        self.correct_pred += len(result.correct_preds)
        self.gold += sum(1 for g in result.matched_gold if not g.get("optional")) + len(result.misses)
        self.hit += sum(1 for g in result.matched_gold if not g.get("optional"))

    @property
    def precision(self) -> float:
        return self.correct_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "predicted": self.pred, "correct_predicted": self.correct_pred,
                "gold": self.gold, "gold_matched": self.hit}


@dataclass
class Ratio:
    ok: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.ok += int(bool(ok))

    @property
    def value(self) -> float:
        return self.ok / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.value, 4), "correct": self.ok, "total": self.total}


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_lang: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    roles: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    roles_by_lang: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    attributes: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    items: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_lang": {k: v.to_dict() for k, v in sorted(self.by_lang.items())},
            "by_type": {k: v.to_dict() for k, v in sorted(self.by_type.items())},
            "roles": {k: v.to_dict() for k, v in sorted(self.roles.items())},
            "roles_by_lang": {k: v.to_dict() for k, v in sorted(self.roles_by_lang.items())},
            "attributes": {k: v.to_dict() for k, v in sorted(self.attributes.items())},
            "items": self.items,
            "errors": self.errors,
        }

    def to_text(self, details: bool = False) -> str:
        lines = ["event types (micro)   P      R      F1     pred  gold"]

        def row(name: str, c: Counts) -> str:
            return f"  {name:<19} {c.precision:.3f}  {c.recall:.3f}  {c.f1:.3f}  {c.pred:>4}  {c.gold:>4}"

        lines.append(row("overall", self.overall))
        for lang, counts in sorted(self.by_lang.items()):
            lines.append(row(lang, counts))
        lines.append("per type")
        for etype, counts in sorted(self.by_type.items()):
            lines.append(row(etype, counts))
        lines.append("on matched events     accuracy  n")
        for name, ratio in sorted(self.roles.items()):
            lines.append(f"  {name:<19} {ratio.value:.3f}     {ratio.total}")
        for name, ratio in sorted(self.roles_by_lang.items()):
            lines.append(f"  {name:<19} {ratio.value:.3f}     {ratio.total}")
        for name, ratio in sorted(self.attributes.items()):
            lines.append(f"  {name:<19} {ratio.value:.3f}     {ratio.total}")
        if self.errors:
            lines.append(f"errors: {len(self.errors)}")
            lines.extend(f"  {e}" for e in self.errors[:20])
        if details:
            for item in self.items:
                role_errors = item.get("role_errors") or []
                if item["misses"] or item["false_alarms"] or role_errors:
                    lines.append(f"[{item['id']}]")
                    lines.extend(f"  miss  {m}" for m in item["misses"])
                    lines.extend(f"  false {f}" for f in item["false_alarms"])
                    lines.extend(f"  role  {r}" for r in role_errors)
        return "\n".join(lines)
