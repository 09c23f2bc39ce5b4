package report

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"

	"github.com/parallax-news/parallax"
)

// Page is what the page of one story shows: the story and the threads
// that hold it.
type Page struct {
	Story   StoryView    `json:"story"`
	Threads []ThreadView `json:"threads"`
}

// threadNeighbours is how many stories on either side of a story its page
// lists of each thread that holds it. Were the whole thread listed, each
// page would grow with its thread, and the pages of a thread together with
// its square: every page of a thread rewritten whenever a story joins it.
const threadNeighbours = 3

// ThreadsByStory returns, by story id, the threads that hold the story,
// each cut to the story and threadNeighbours stories on either side.
func (r Report) ThreadsByStory() map[string][]ThreadView {
	out := map[string][]ThreadView{}
	for _, t := range r.Threads {
		for k, ref := range t.Stories {
			if held := out[ref.ID]; len(held) == 0 || held[len(held)-1].ID != t.ID {
				out[ref.ID] = append(held, nearby(t, k))
			}
		}
	}
	return out
}

// nearby returns t cut to its k-th story and threadNeighbours on either
// side, sharing t's list.
func nearby(t ThreadView, k int) ThreadView {
	from, to := max(0, k-threadNeighbours), min(len(t.Stories), k+threadNeighbours+1)
	t.Earlier, t.Later = from, len(t.Stories)-to
	t.Stories = t.Stories[from:to:to]
	return t
}

// Pages encodes the page and the summary of each story of r, for a store
// to keep with the analysis r was built from. The documents in no story
// have a page too, with the id "" and no summary, which holds every
// thread: the rest of what the list of stories shows. A page is JSON,
// compressed: a story's statements recur in its claim matrix and
// conflicts, which gzip stores once.
func (r Report) Pages() ([]parallax.StoryPage, error) {
	threadsOf := r.ThreadsByStory()
	loose := Page{Story: StoryView{Label: looseLabel}, Threads: r.Threads}
	var enc pageEncoder
	var out []parallax.StoryPage
	for _, sv := range r.Stories {
		if sv.ID == "" {
			loose.Story = sv
			continue
		}
		page, err := enc.encode(Page{Story: sv, Threads: threadsOf[sv.ID]})
		if err != nil {
			return nil, err
		}
		summary, err := json.Marshal(Summarize(&sv))
		if err != nil {
			return nil, fmt.Errorf("encode the summary of story %s: %w", sv.ID, err)
		}
		out = append(out, parallax.StoryPage{Story: sv.ID, Summary: summary, Page: page})
	}
	page, err := enc.encode(loose)
	if err != nil {
		return nil, err
	}
	return append(out, parallax.StoryPage{Page: page}), nil
}

// pageEncoder encodes pages as Pages stores them, with one compressor for
// all: each new one takes a megabyte, more than most pages.
type pageEncoder struct {
	buf bytes.Buffer
	zw  *gzip.Writer
}

// encode returns p encoded.
func (e *pageEncoder) encode(p Page) ([]byte, error) {
	e.buf.Reset()
	if e.zw == nil {
		e.zw, _ = gzip.NewWriterLevel(&e.buf, gzip.BestSpeed) // a valid level: no error
	} else {
		e.zw.Reset(&e.buf)
	}
	if err := json.NewEncoder(e.zw).Encode(p); err != nil {
		return nil, fmt.Errorf("encode the page of story %q: %w", p.Story.ID, err)
	}
	if err := e.zw.Close(); err != nil {
		return nil, fmt.Errorf("encode the page of story %q: %w", p.Story.ID, err)
	}
	return bytes.Clone(e.buf.Bytes()), nil
}

// ReadSummary decodes a summary that Pages encoded.
func ReadSummary(p parallax.StoryPage) (StorySummary, error) {
	var out StorySummary
	if err := json.Unmarshal(p.Summary, &out); err != nil {
		return StorySummary{}, fmt.Errorf("read the summary of story %s: %w", p.Story, err)
	}
	return out, nil
}

// ReadPage decodes a page that Pages encoded.
func ReadPage(p parallax.StoryPage) (Page, error) {
	var out Page
	zr, err := gzip.NewReader(bytes.NewReader(p.Page))
	if err == nil {
		err = json.NewDecoder(zr).Decode(&out)
	}
	if err == nil {
		_, err = io.Copy(io.Discard, zr) // reads to the end, where gzip checks the data
	}
	if err != nil {
		return Page{}, fmt.Errorf("read the page of story %s: %w", p.Story, err)
	}
	return out, nil
}
