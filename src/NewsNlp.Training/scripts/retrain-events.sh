#!/usr/bin/env bash
# Retrain the event models of a worktree in the order src/NewsNlp/Resources/Models/README.md gives:
# the sentence classifier, scope, roles, (trigger tagger when TRIGGERS=1), verifier, rebuilding the library between steps because
# each model learns from the candidates the models before it shape. Run it after any change to the
# trigger lexicon, the rules or the corpus; never edit sources while it runs. Afterwards run the
# model-rebuild tests and VerifierFloorTests, and regenerate the golden record (NEWSNLP_UPDATE_GOLDEN=1)
# only after checking the model article's events by hand.
# Usage: src/NewsNlp.Training/scripts/retrain-events.sh WORKTREE
set -euo pipefail
# 256-bit vectors: the shipped models were trained so, and AVX-512 changes Microsoft.ML's float sums (Program.cs).
export DOTNET_EnableAVX512=0 DOTNET_EnableAVX512F=0
cd "$1"
train="dotnet run --project src/NewsNlp.Training -c Release --no-build --"
exclude="--data ../shared/data --exclude-ids data/annotations/report/CONFLICT.md data/annotations/report/ids.txt data/annotations/judged/events-200-700fdca.docs.txt data/annotations/judged/events-200-28bc5cd.docs.txt"
build() { dotnet build NewsNlp.sln -c Release 2>&1 | grep -E ' error |Error\(s\)' | tail -2; }
build
# The sentence classifier first: its features read the trigger lexicon, and every later model learns from what it lets through.
$train train-events ../shared/data/events/sentences.jsonl --exclude-articles ../shared/articles/dev30.jsonl | tail -2
build
$train train-event-scope data/annotations/events $exclude | tail -2
$train train-argument-roles data/annotations/events $exclude | tail -2
build
if [ "${TRIGGERS:-0}" = 1 ]; then
  $train train-event-triggers data/annotations/events $exclude --folds 0 | tail -2
  build
fi
judged=$(sed -n '/train-event-verifier/,/--data/p' src/NewsNlp/Resources/Models/README.md | grep -o 'data/annotations/judged/events-[^ ]*\.jsonl' | tr '\n' ' ')
$train train-event-verifier data/annotations/events --judged $judged $exclude | tail -2
build
git status --short src/NewsNlp/Resources/Models
