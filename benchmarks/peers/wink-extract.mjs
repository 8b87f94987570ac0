// The whole-process peer for `newsnlp extract`: reads a JSON Lines file, runs wink-nlp (lite English web model:
// tokens, sentences and its pattern entities such as DATE, CARDINAL, ORDINAL) on every article's text, and writes
// one JSON line per article to standard output. Timed from the shell, start-up included, like the newsnlp process.
// Usage: node wink-extract.mjs SLICE.jsonl > out.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;
const [file] = process.argv.slice(2);
const lines = createInterface({ input: file ? createReadStream(file) : process.stdin, crlfDelay: Infinity });
const out = [];
for await (const line of lines) {
  if (line.trim() === '') continue;
  const article = JSON.parse(line);
  const doc = nlp.readDoc(article.text ?? '');
  out.push(JSON.stringify({
    id: article.id,
    tokens: doc.tokens().length(),
    sentences: doc.sentences().length(),
    entities: doc.entities().out(its.detail),
  }));
  if (out.length >= 256) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
}

if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
