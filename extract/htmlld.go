package extract

import "strings"

// Thresholds for trusting a JSON-LD articleBody, as shares of 4-word
// shingles.
const (
	// ldVisible is how much of articleBody must be visible on the page
	// for it to be the page's own text (not a teaser or a stale copy).
	ldVisible = 0.8
	// ldMissed is the share of articleBody found in the extraction below
	// which the extraction took the wrong block and articleBody replaces it.
	ldMissed = 0.5
	// ldComplete is the share of the extraction found in articleBody
	// above which articleBody holds the whole article, so blocks absent
	// from it are furniture.
	ldComplete = 0.6
)

// applyArticleBody checks the extracted blocks against the article text a
// page declares in JSON-LD. When that text is visible on the page and the
// extraction missed it, the declared text becomes the body; when it covers
// the extraction, blocks it lacks are removed. visible is the page's text.
func applyArticleBody(body []string, declared, visible string, furniture *[]string) []string {
	ds := shingleList(declared)
	if len(ds) < 2*shingleSize {
		return body
	}
	if share(ds, shingles(visible)) < ldVisible {
		return body
	}
	dset := shingles(declared)
	extracted := shingles(strings.Join(body, "\n"))
	if share(ds, extracted) < ldMissed {
		*furniture = append(*furniture, body...)
		return splitParagraphs(declared)
	}
	if share(shingleList(strings.Join(body, "\n")), dset) < ldComplete {
		return body
	}
	var kept []string
	for _, p := range body {
		ps := shingleList(p)
		if len(ps) > 1 && share(ps, dset) == 0 {
			*furniture = append(*furniture, p)
			continue
		}
		kept = append(kept, p)
	}
	return kept
}

// share returns the part of list found in set.
func share(list []string, set map[string]int) float64 {
	if len(list) == 0 {
		return 0
	}
	n := 0
	for _, s := range list {
		if set[s] > 0 {
			n++
		}
	}
	return float64(n) / float64(len(list))
}

// splitParagraphs splits declared text at its line breaks.
func splitParagraphs(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if t := collapseSpace(line); t != "" {
			out = append(out, t)
		}
	}
	return out
}
