package store

// updatePostingSQL rewrites a posting from a changed link's listing, with the posting's merged places. A
// listing without a description text keeps the stored description and its SimHash (boards whose lists omit
// it, or a capped detail fetch, must not erase it).
const updatePostingSQL = `UPDATE postings SET title = ?, title_key = ?, company = ?, company_key = ?,
	description_html = CASE WHEN CAST(? AS TEXT) = '' THEN description_html ELSE ? END,
	description_text = CASE WHEN CAST(? AS TEXT) = '' THEN description_text ELSE ? END,
	locations = ?, work_mode = ?, remote_regions = ?, employment_type = ?, seniority = ?, department = ?, salary_min = ?, salary_max = ?,
	salary_currency = ?, salary_period = ?, salary_annual_min = ?, salary_annual_max = ?, salary_source = ?, salary_raw = ?, posted_at = ?,
	posted_raw = ?, changed_at = ?, changed_raw = ?, date_flagged = ?, url = ?, apply_url = ?, tags = ?,
	simhash = CASE WHEN CAST(? AS TEXT) = '' THEN simhash ELSE ? END,
	listed_at = COALESCE(?, first_seen_at), last_seen_at = ?, closed_at = NULL, modified_at = ? WHERE id = ?`

// updatePostingArgs are updatePostingSQL's content arguments: appendPostingArgs's, with the new
// description text before each value it guards.
func updatePostingArgs(it IngestItem, w whereJSON) []any {
	a := appendPostingArgs(make([]any, 0, 36), it, w)
	text := it.Posting.DescriptionText
	out := make([]any, 0, len(a)+3)
	out = append(out, a[:4]...)
	out = append(out, text, a[4], text, a[5])
	out = append(out, a[6:len(a)-1]...)
	return append(out, text, a[len(a)-1])
}

// linkPlacesSQL stores the merged places of a posting a new link changed them of.
const linkPlacesSQL = `UPDATE postings SET locations = ?, work_mode = ?, remote_regions = ?, modified_at = ? WHERE id = ?`
