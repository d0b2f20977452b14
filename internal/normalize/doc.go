// Package normalize turns a source adapter's posting draft into the canonical posting.
//
// Every function here is pure and safe for concurrent use: HTML is sanitized and flattened to
// text in one tokenizer pass, salaries, places, dates, seniority and employment type are read
// from the board's raw values, and URLs and company names are reduced to stable keys. A value
// that cannot be read is left empty rather than guessed.
package normalize
