package main

import (
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/parallax-news/parallax"
	phttp "github.com/parallax-news/parallax/http"
	"github.com/parallax-news/parallax/story/storygen"
)

// scaleRequests is how many requests of each kind the serving figures
// are measured over.
const scaleRequests = 200

// scaleBench measures the whole path at growing sizes of a generated
// stream: ingest and analyze each run as a process of their own, so that
// their time and peak memory are theirs alone; the serving figures are
// measured in this process, on the handler, without the network.
type scaleBench struct {
	env env
	add int // documents added to each store after it is measured
	// phase runs one parallax command and returns its usage; by default a
	// child process of this executable.
	phase func(ctx context.Context, args []string) (phaseUsage, error)
}

// phaseUsage is what one phase cost.
type phaseUsage struct {
	wall, cpu time.Duration
	maxRSS    int64 // bytes
}

// scaleRow is the figures of one size.
type scaleRow struct {
	docs            int
	ingest, analyze phaseUsage
	// addIngest and update are the ingest of the documents added after
	// the size was measured, and the analysis brought up to date after it.
	added                                  int
	addIngest, update                      phaseUsage
	storeBytes                             int64
	serveReady, storyReady, analysisReady  time.Duration
	storyP95, rareP95, commonP95           time.Duration
	storyF1                                float64
	stories                                int
	ingestPerSec, endToEndPerSec, msPerDoc float64
}

func (c *benchCommand) scale(ctx context.Context, args []string) error {
	const synopsis = "bench scale [--sizes 10000,100000] [--add 1000] [--dir DIR] [--csv FILE] [--seed N] [--common WORD]"
	fs := newFlagSet(c.env, "bench scale", synopsis)
	sizes := fs.String("sizes", "10000,100000", "comma-separated numbers of documents to generate and measure")
	dir := fs.String("dir", "", "folder for the generated corpora and stores (default: a temporary folder, removed after)")
	csvPath := fs.String("csv", "", "also write the figures as CSV to this file")
	seed := fs.Uint64("seed", 1, "generator seed")
	common := fs.String("common", "said", "the common word searched for")
	add := fs.Int("add", 1000, "documents added to each store once measured, to time bringing the analysis up to date (0: none)")
	if err := parse(fs, args); err != nil {
		return err
	}
	var ns []int
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fs.Usage()
			return parallax.Errorf(parallax.EInvalid, "--sizes: %q is not a positive number", s)
		}
		ns = append(ns, n)
	}
	if fs.NArg() > 0 || *add < 0 {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "bench scale takes no paths, and --add of 0 or more")
	}
	root, cleanup, err := benchDir(*dir, "scale")
	if err != nil {
		return fmt.Errorf("bench scale: %w", err)
	}
	defer cleanup()
	b := scaleBench{env: c.env, phase: c.phase, add: *add}
	if b.phase == nil {
		b.phase = childPhase
	}
	var rows []scaleRow
	for _, n := range ns {
		row, err := b.measure(ctx, filepath.Join(root, strconv.Itoa(n)), n, *seed, *common)
		if err != nil {
			return fmt.Errorf("bench scale at %d documents: %w", n, err)
		}
		rows = append(rows, row)
	}
	if err := writeScaleTable(c.env.Stdout, rows); err != nil {
		return err
	}
	if *csvPath == "" {
		return nil
	}
	f, err := os.Create(*csvPath)
	if err != nil {
		return fmt.Errorf("bench scale: %w", err)
	}
	defer f.Close()
	if err := writeScaleCSV(f, rows); err != nil {
		return fmt.Errorf("bench scale: write %s: %w", *csvPath, err)
	}
	return f.Close()
}

// measure generates n documents in dir, ingests them into a SQLite store,
// analyzes it and measures serving it.
func (b scaleBench) measure(ctx context.Context, dir string, n int, seed uint64, common string) (scaleRow, error) {
	row := scaleRow{docs: n}
	if err := writeCorpus(ctx, dir, n, storygen.New(storygen.Options{Seed: seed})); err != nil {
		return row, err
	}
	db := filepath.Join(dir, "parallax.db")
	var err error
	if row.ingest, err = b.phase(ctx, []string{"ingest", "--quiet", "--db", db, filepath.Join(dir, "docs")}); err != nil {
		return row, fmt.Errorf("ingest: %w", err)
	}
	if row.analyze, err = b.phase(ctx, []string{"analyze", "--quiet", "--db", db}); err != nil {
		return row, fmt.Errorf("analyze: %w", err)
	}
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(db + suffix); err == nil {
			row.storeBytes += fi.Size()
		}
	}
	row.ingestPerSec = float64(n) / row.ingest.wall.Seconds()
	row.endToEndPerSec = float64(n) / (row.ingest.wall + row.analyze.wall).Seconds()
	row.msPerDoc = float64(row.analyze.wall.Milliseconds()) / float64(n)
	if err := b.serve(ctx, dir, db, common, &row); err != nil {
		return row, err
	}
	return row, b.addMore(ctx, dir, db, seed, &row)
}

// addMore generates b.add documents of another stream into the store at
// db, ingests them and brings the analysis up to date: what a monitor
// pays for each batch that arrives.
func (b scaleBench) addMore(ctx context.Context, dir, db string, seed uint64, row *scaleRow) error {
	if b.add == 0 {
		return nil
	}
	more := filepath.Join(dir, "added")
	if err := writeCorpus(ctx, more, b.add, storygen.New(storygen.Options{Seed: seed + 1})); err != nil {
		return err
	}
	var err error
	if row.addIngest, err = b.phase(ctx, []string{"ingest", "--quiet", "--db", db, filepath.Join(more, "docs")}); err != nil {
		return fmt.Errorf("ingest the added documents: %w", err)
	}
	if row.update, err = b.phase(ctx, []string{"analyze", "--quiet", "--db", db}); err != nil {
		return fmt.Errorf("analyze after adding: %w", err)
	}
	row.added = b.add
	return nil
}

// serve loads the store as `parallax serve` does and times story pages and
// searches through the handler; it scores the stories against the labels.
func (b scaleBench) serve(ctx context.Context, dir, db, common string, row *scaleRow) error {
	st, err := openDB(ctx, db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	srv := &phttp.Server{Store: st, Logger: slog.New(slog.NewTextHandler(b.env.Stderr, nil))}
	h := srv.Handler()
	start := time.Now()
	srv.LoadInBackground(ctx)
	if _, err := p95(h, []string{"/api/search?q=" + url.QueryEscape(common)}); err != nil {
		return err
	}
	row.serveReady = time.Since(start)
	story, err := mostFound(h, common)
	if err != nil {
		return err
	}
	page := "/stories/" + url.PathEscape(story)
	err = until(ctx, func() (bool, error) {
		if answers(h, page) {
			return true, nil
		}
		if ok, err := loaded(h); err != nil || ok && !answers(h, page) {
			return false, cmp.Or(err, fmt.Errorf("GET %s: no page once the analysis is read", page))
		}
		return false, nil
	})
	if err != nil {
		return err
	}
	row.storyReady = time.Since(start)
	if err := until(ctx, func() (bool, error) { return loaded(h) }); err != nil {
		return err
	}
	row.analysisReady = time.Since(start)
	a, err := st.Analysis(ctx)
	if err != nil {
		return err
	}
	row.stories = len(a.Stories)
	pred, words, err := storiesByFile(ctx, st, a.Stories)
	if err != nil {
		return err
	}
	gold, err := readLabels(filepath.Join(dir, "labels.json"))
	if err != nil {
		return err
	}
	row.storyF1 = storygen.Score(pred, gold).PairF1
	rng := rand.New(rand.NewPCG(1, 2))
	var storyURLs, rareURLs, commonURLs []string
	for range scaleRequests {
		if len(a.Stories) > 0 {
			storyURLs = append(storyURLs, "/stories/"+url.PathEscape(a.Stories[rng.IntN(len(a.Stories))].ID))
		}
		if len(words) > 0 {
			rareURLs = append(rareURLs, "/api/search?q="+url.QueryEscape(words[rng.IntN(len(words))]))
		}
		commonURLs = append(commonURLs, "/api/search?q="+url.QueryEscape(common))
	}
	if row.storyP95, err = p95(h, storyURLs); err != nil {
		return err
	}
	if row.rareP95, err = p95(h, rareURLs); err != nil {
		return err
	}
	row.commonP95, err = p95(h, commonURLs)
	return err
}

// mostFound returns the story that most of the documents holding word
// belong to, as the search's facets count them: a story a reader finds.
func mostFound(h http.Handler, word string) (string, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/search?q="+url.QueryEscape(word), nil))
	var res parallax.SearchResult
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		return "", fmt.Errorf("search %q: %w", word, err)
	}
	if len(res.Facets["story"]) == 0 {
		return "", fmt.Errorf("search %q: no story among the matches", word)
	}
	return res.Facets["story"][0].Value, nil
}

// answers says whether h answers a GET of target with 200.
func answers(h http.Handler, target string) bool {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec.Code == http.StatusOK
}

// loaded says whether the health check of h says the analysis is read.
func loaded(h http.Handler) (bool, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	var health struct{ Loading bool }
	if err := json.Unmarshal(rec.Body.Bytes(), &health); err != nil {
		return false, fmt.Errorf("health check: %w", err)
	}
	return !health.Loading, nil
}

// until asks done every 10 ms until it says yes or fails.
func until(ctx context.Context, done func() (bool, error)) error {
	for {
		if ok, err := done(); ok || err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// storiesByFile maps each stored document's file name to its story, and
// gathers rare words to search for: a name from the title (or the
// opening) of about one document in a hundred (generated names belong to
// one story).
func storiesByFile(ctx context.Context, st parallax.Store, stories []parallax.Story) (map[string]string, []string, error) {
	storyOf := map[string]string{}
	for _, s := range stories {
		for _, d := range s.Docs {
			storyOf[d] = s.ID
		}
	}
	pred := map[string]string{}
	var words []string
	i := 0
	err := st.Documents(ctx, func(d parallax.Document) error {
		pred[filepath.Base(d.Source)] = storyOf[d.ID]
		if len(words) <= i/100 {
			if w := innerName(cmp.Or(d.Title, d.Body[:min(len(d.Body), 200)])); w != "" {
				words = append(words, w)
			}
		}
		i++
		return nil
	})
	return pred, words, err
}

// innerName returns the first capitalised word of a text after its first
// word, or "".
func innerName(text string) string {
	fields := strings.Fields(text)
	for _, f := range fields[min(1, len(fields)):] {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if r := []rune(f); len(r) > 3 && unicode.IsUpper(r[0]) {
			return f
		}
	}
	return ""
}

// readLabels reads the gold story of each file from a labels.json of gen.
func readLabels(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var labels map[string]struct{ Story string }
	if err := json.Unmarshal(data, &labels); err != nil {
		return nil, fmt.Errorf("read labels %s: %w", path, err)
	}
	gold := make(map[string]string, len(labels))
	for name, l := range labels {
		gold[name] = l.Story
	}
	return gold, nil
}

// p95 requests each URL of h in turn and returns the 95th percentile of
// the times; a response other than 200 is an error.
func p95(h http.Handler, urls []string) (time.Duration, error) {
	if len(urls) == 0 {
		return 0, nil
	}
	times := make([]time.Duration, 0, len(urls))
	for _, u := range urls {
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, u, nil))
		times = append(times, time.Since(start))
		if rec.Code != http.StatusOK {
			return 0, fmt.Errorf("GET %s: status %d", u, rec.Code)
		}
	}
	slices.Sort(times)
	return times[(len(times)*95+99)/100-1], nil
}

// childPhase runs this executable with args as a child process and
// returns its wall time, CPU time and peak resident memory.
func childPhase(ctx context.Context, args []string) (phaseUsage, error) {
	exe, err := os.Executable()
	if err != nil {
		return phaseUsage{}, err
	}
	cmd := exec.CommandContext(ctx, exe, args...)
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	start := time.Now()
	err = cmd.Run()
	u := phaseUsage{wall: time.Since(start)}
	if err != nil {
		return u, fmt.Errorf("parallax %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		u.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		u.maxRSS = ru.Maxrss * 1024 // Linux reports kilobytes
	}
	return u, nil
}

var scaleColumns = []string{"docs", "ingest_docs_per_s", "analyze_ms_per_doc", "end_to_end_docs_per_s",
	"ingest_s", "ingest_cpu_s", "ingest_peak_rss_mb", "analyze_s", "analyze_cpu_s", "analyze_peak_rss_mb",
	"store_mb", "stories", "story_pair_f1", "serve_ready_s", "story_ready_s", "analysis_ready_s", "story_page_p95_ms", "search_rare_p95_ms", "search_common_p95_ms",
	"added_docs", "added_ingest_s", "update_s", "update_cpu_s", "update_peak_rss_mb"}

func (r scaleRow) cells() []string {
	mb := func(b int64) string { return fmt.Sprintf("%.0f", float64(b)/(1<<20)) }
	sec := func(d time.Duration) string { return fmt.Sprintf("%.1f", d.Seconds()) }
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }
	return []string{strconv.Itoa(r.docs), fmt.Sprintf("%.0f", r.ingestPerSec), fmt.Sprintf("%.3f", r.msPerDoc),
		fmt.Sprintf("%.0f", r.endToEndPerSec), sec(r.ingest.wall), sec(r.ingest.cpu), mb(r.ingest.maxRSS),
		sec(r.analyze.wall), sec(r.analyze.cpu), mb(r.analyze.maxRSS), mb(r.storeBytes), strconv.Itoa(r.stories),
		fmt.Sprintf("%.3f", r.storyF1), fmt.Sprintf("%.2f", r.serveReady.Seconds()), fmt.Sprintf("%.2f", r.storyReady.Seconds()),
		fmt.Sprintf("%.2f", r.analysisReady.Seconds()), ms(r.storyP95), ms(r.rareP95), ms(r.commonP95),
		strconv.Itoa(r.added), sec(r.addIngest.wall), sec(r.update.wall), sec(r.update.cpu), mb(r.update.maxRSS)}
}

// writeScaleTable writes the rows as an aligned table, one size a line.
func writeScaleTable(w io.Writer, rows []scaleRow) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, strings.Join(scaleColumns, "\t")+"\t")
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r.cells(), "\t")+"\t")
	}
	return tw.Flush()
}

// writeScaleCSV writes the rows as CSV with a header line.
func writeScaleCSV(w io.Writer, rows []scaleRow) error {
	cw := csv.NewWriter(w)
	cw.Write(scaleColumns)
	for _, r := range rows {
		cw.Write(r.cells())
	}
	cw.Flush()
	return cw.Error()
}

// benchDir returns dir, or when it is empty a new temporary folder named
// for the bench, and what removes the temporary folder after.
func benchDir(dir, bench string) (string, func(), error) {
	if dir != "" {
		return dir, func() {}, nil
	}
	tmp, err := os.MkdirTemp("", "parallax-"+bench+"-")
	if err != nil {
		return "", nil, err
	}
	return tmp, func() { os.RemoveAll(tmp) }, nil
}
