// Checks a sentence through gramma's LanguageTool API client pointed at factlint's /v2/check,
// and asserts on the match it reads back. Usage: node languagetool_client.js API_URL
const assert = require("assert");
const gramma = require("gramma");

const apiUrl = process.argv[2];
const text =
  "date 2025-08-08\nPutin met Trump. Officials said the Ukraine war started by Russia in " +
  "February 2024.\n";

gramma
  .check(text, { api_url: apiUrl, language: "en-US" })
  .then((result) => {
    assert.strictEqual(result.software.name, "factlint");
    assert.strictEqual(result.matches.length, 1, JSON.stringify(result.matches));
    const match = result.matches[0];
    // gramma derives the word from the context; JavaScript strings index in UTF-16 units.
    assert.strictEqual(match.word, "February 2024");
    assert.strictEqual(text.substr(match.offset, match.length), "February 2024");
    assert.strictEqual(match.rule.id, "event-start-date");
    assert.match(match.message, /2022-02-24/);
    const fixed = gramma.replaceAll(text, [
      { offset: match.offset, length: match.length, change: "February 2022" },
    ]);
    return gramma.check(fixed, { api_url: apiUrl, language: "en-US" });
  })
  .then((result) => {
    assert.strictEqual(result.matches.length, 0, JSON.stringify(result.matches));
    console.log("languagetool client: 2 passed, 0 failed");
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
