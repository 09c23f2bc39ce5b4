package http

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// browser starts headless Chromium for at most d, or skips the test when
// it is not installed, except under CI=true, where its absence fails.
// browser starts a headless chromium for the test. Its context ends a little
// before the test binary's own deadline, so a hung page fails the test with a
// message instead of a panic; how long pages take is for benchmarks, not tests.
func browser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is not installed (CI=true): %v", err)
		}
		t.Skipf("chromium is not installed (apt-get install -y chromium); skipping the browser test")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(t.Context(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	deadline, ok := t.Deadline()
	if !ok {
		deadline = time.Now().Add(10 * time.Minute)
	}
	ctx, cancelTime := context.WithDeadline(ctx, deadline.Add(-30*time.Second))
	t.Cleanup(func() { cancelTime(); cancel(); cancelAlloc() })
	return ctx
}

// TestBrowserClaimToSource follows the one-click promise in a real browser:
// from a story's claim matrix, one click on a stance lands on the document
// with the statement's own words as the target. On the way, the hostile
// markup planted in the fixture must neither run (no dialog opens) nor
// fetch anything (no request leaves for the addresses it names).
func TestBrowserClaimToSource(t *testing.T) {
	st, a := fixture(t)
	var mu sync.Mutex
	var stray []string
	h := newServer(t, st).Handler()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/stories/") && !strings.HasPrefix(r.URL.Path, "/documents/d") &&
			!strings.HasPrefix(r.URL.Path, "/static/") && r.URL.Path != "/favicon.ico" {
			mu.Lock()
			stray = append(stray, r.URL.String())
			mu.Unlock()
		}
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()

	ctx := browser(t)
	var dialogs []string
	err := chromedp.Listen(ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			dialogs = append(dialogs, d.Message)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/stories/st1"),
		chromedp.WaitVisible(chromedp.CSS(`table.matrix a.stance.affirms`)),
		chromedp.Click(chromedp.CSS(`table.matrix a.stance.affirms`)),
		chromedp.WaitVisible(chromedp.CSS(`mark:target`)),
	)
	if err != nil {
		// A dialog that scraped markup opened blocks the page until the
		// deadline: say so.
		mu.Lock()
		defer mu.Unlock()
		t.Fatalf("browser: %v (dialogs opened: %q)", err, dialogs)
	}
	target, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`mark:target`)))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	hash, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.hash`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	// The style sheet is read once the page has loaded; a loaded machine
	// may still be fetching it when the anchor is already in view.
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.readyState === "complete"`)); err != nil {
		t.Fatalf("browser: page never finished loading: %v", err)
	}
	header, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("header.top")).backgroundColor`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	s := a.Statements[0]
	doc, err := st.Document(t.Context(), s.Doc)
	if err != nil {
		t.Fatal(err)
	}
	if want := string([]rune(doc.Body)[s.Start:s.End]); target != want || hash != "#st-"+s.ID {
		t.Errorf("one click on the stance lands on %s holding %q; want #st-%s holding %q", hash, target, s.ID, want)
	}
	if header != "rgb(32, 35, 42)" {
		t.Errorf("style sheet not applied under the page's policy: header background %q", header)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(dialogs) > 0 {
		t.Errorf("scraped markup ran script: dialogs %q", dialogs)
	}
	if len(stray) > 0 {
		t.Errorf("scraped markup made the browser fetch %q", stray)
	}
}
