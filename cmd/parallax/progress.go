package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// meter draws one line of progress on an interactive terminal: the stage,
// its counts, the time it has taken and, when the share done is known, an
// estimate of the time left. Off a terminal, or when quiet, it draws
// nothing. A ticker redraws it while a long step runs without counting.
type meter struct {
	w  io.Writer
	on bool

	mu       sync.Mutex
	stage    string
	note     string  // the counts, as the stage words them
	share    float64 // of the stage done, 0 to 1; negative when unknown
	started  time.Time
	drawn    time.Time // when the line was last drawn; zero when it is clear
	stopTick chan struct{}
}

// off says whether nothing is drawn; a nil meter draws nothing.
func (m *meter) off() bool { return m == nil || !m.on }

// redrawEvery is how often the line is redrawn at most.
const redrawEvery = 100 * time.Millisecond

func newMeter(e env, quiet bool) *meter {
	return &meter{w: e.Stderr, on: e.Terminal && !quiet, share: -1}
}

// Stage begins a stage of work, named for the line ("reading",
// "comparing statements").
func (m *meter) Stage(name string) {
	if m.off() {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.stage, m.note, m.share, m.started = name, "", -1, time.Now()
	if m.stopTick == nil {
		m.stopTick = make(chan struct{})
		go m.tick(m.stopTick)
	}
	m.draw()
}

// Count sets the stage's counts and the share of it done (negative when
// unknown), and redraws: the stage's first counts at once, then at most
// every redrawEvery.
func (m *meter) Count(note string, share float64) {
	if m.off() {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	first := m.note == ""
	m.note, m.share = note, min(share, 0.99)
	if first || time.Since(m.drawn) >= redrawEvery {
		m.draw()
	}
}

// Clear erases the line, so that a message can be printed; the next count
// draws it again.
func (m *meter) Clear() {
	if m.off() {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.clear()
}

// Done erases the line for good.
func (m *meter) Done() {
	if m.off() {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stopTick != nil {
		close(m.stopTick)
		m.stopTick = nil
	}
	m.clear()
}

func (m *meter) tick(stop chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			m.mu.Lock()
			if m.stopTick == stop {
				m.draw()
			}
			m.mu.Unlock()
		}
	}
}

func (m *meter) draw() {
	took := time.Since(m.started)
	line := m.stage
	if m.note != "" {
		line += ": " + m.note
	}
	line += " · " + took.Round(time.Second).String()
	if m.share > 0.02 {
		left := time.Duration(float64(took) * (1 - m.share) / m.share)
		line += fmt.Sprintf(" · %d%% · about %s left", int(m.share*100), left.Round(time.Second))
	}
	fmt.Fprintf(m.w, "\r\033[K%s", line)
	m.drawn = time.Now()
}

func (m *meter) clear() {
	if m.drawn.IsZero() {
		return
	}
	fmt.Fprint(m.w, "\r\033[K")
	m.drawn = time.Time{}
}

// inputBytes adds up the sizes of the files under paths, as ingest walks
// them (names starting with a dot inside folders are skipped): the
// measure of how much of the input has been read. Standard input has no
// size known ahead; with it the total is 0, unknown.
func inputBytes(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // ingest reports it
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
				total += info.Size()
			}
			return nil
		})
	}
	return total
}
