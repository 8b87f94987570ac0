// Times compromise on a JSON Lines file: for each article, parse it and extract people, places,
// dates and numbers (the nearest match to what NewsNlp extracts). Prints one JSON object.
// Usage: node compromise-bench.mjs SLICE.jsonl [MIN_SECONDS]
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

const [file, secondsArg] = process.argv.slice(2);
const minSeconds = Number(secondsArg ?? 3);
const articles = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text ?? '', 'utf8'), 0);

function pass() {
  let found = 0;
  let tokens = 0;
  for (const a of articles) {
    const doc = nlp(a.text ?? '');
    tokens += doc.wordCount();
    found += doc.people().out('array').length;
    found += doc.places().out('array').length;
    found += doc.dates({ timezone: 'UTC', today: a.published }).out('array').length;
    found += doc.numbers().out('array').length;
  }
  return { found, tokens };
}

pass(); // warm-up: JIT and lazy lexicon loading
let passes = 0;
let result;
const start = process.hrtime.bigint();
let elapsed = 0;
do {
  result = pass();
  passes++;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
} while (elapsed < minSeconds);

console.log(JSON.stringify({
  library: 'compromise ' + nlp.version,
  articles: articles.length,
  bytes,
  words: result.tokens,
  found: result.found,
  passes,
  seconds: Number(elapsed.toFixed(3)),
  articlesPerSecond: (articles.length * passes) / elapsed,
  megabytesPerSecond: (bytes * passes) / 1e6 / elapsed,
  wordsPerSecond: (result.tokens * passes) / elapsed,
}));
