// Package normalize turns a source adapter's posting draft into the canonical posting.
//
// Every function here is pure and safe for concurrent use: HTML is sanitized and flattened to
// text in one pass, salaries, places, dates, seniority and employment type are read from the
// board's raw values, and URLs and company names are reduced to stable keys. A value that
// cannot be read is left empty rather than guessed: an unknown pay period stays "", an
// ambiguous place ("Springfield, IL": Illinois or Israel?) keeps no country.
//
// Speed matters because every posting of every source passes through Draft on each fetch
// (BenchmarkDraft, over the real GitHub capture of 71 postings). HTML therefore uses its own
// single-pass scanner with a switch-based tag policy instead of x/net/html's Tokenizer (which
// alone measured 30 µs per posting) or a bluemonday policy plus a second pass for text; phrase
// searches run on the original text without lower-casing it; no regular expression runs per posting.
package normalize
