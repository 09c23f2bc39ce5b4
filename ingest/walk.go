package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax"
)

// walker holds the state of one Walk.
type walker struct {
	ctx   context.Context
	opt   Options
	fn    func(parallax.Raw) error
	onErr func(error)
	// active holds the real paths of the folders being read, from the
	// argument down to the current one: a link back to one of them is a
	// loop. visited holds every folder read, so that a folder reached by
	// two routes is read once.
	active  map[string]bool
	visited map[string]bool
	// inFn is set while fn runs, so that a panic in fn is not taken for
	// one in a parser.
	inFn bool
}

// path reads one argument of Walk (arg) or one entry of a folder.
func (w *walker) path(p string, arg bool) error {
	if err := w.ctx.Err(); err != nil {
		return stop{err}
	}
	if p == "-" {
		return w.report("-", w.guard(func() error {
			return w.read("-", "-", w.capped(os.Stdin, "standard input"), 0)
		}))
	}
	fi, err := os.Stat(p)
	if err != nil {
		w.fail(p, pathErr(err))
		return nil
	}
	switch {
	case fi.IsDir():
		return w.dir(p)
	case arg && fi.Mode()&(fs.ModeNamedPipe|fs.ModeCharDevice) != 0:
		// A pipe named on the command line, as in <(zcat pages.gz), is
		// read like standard input; inside a folder it could block forever.
		return w.report(p, w.guard(func() error { return w.stream(p) }))
	case !fi.Mode().IsRegular():
		w.fail(p, fmt.Errorf("not a regular file (%s)", fi.Mode().Type()))
		return nil
	}
	return w.report(p, w.guard(func() error { return w.file(p, fi) }))
}

// guard turns a panic while parsing one input into an error about that
// input, so that one malicious file cannot end the walk. Panics in fn are
// passed on.
func (w *walker) guard(read func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			if w.inFn {
				panic(p)
			}
			err = fmt.Errorf("internal error while parsing: %v", p)
		}
	}()
	return read()
}

// dir reads a folder's entries in name order.
func (w *walker) dir(p string) error {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		w.fail(p, pathErr(err))
		return nil
	}
	if real, err = filepath.Abs(real); err != nil {
		w.fail(p, err)
		return nil
	}
	if w.active[real] {
		w.fail(p, fmt.Errorf("symlink loop: leads back to %s", real))
		return nil
	}
	if w.visited[real] {
		return nil
	}
	w.visited[real], w.active[real] = true, true
	defer delete(w.active, real)

	entries, err := os.ReadDir(p)
	if err != nil {
		w.fail(p, pathErr(err))
		return nil
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if err := w.path(filepath.Join(p, e.Name()), false); err != nil {
			return err
		}
	}
	return nil
}

// file reads one regular file, refusing it by its size before opening it.
func (w *walker) file(p string, fi fs.FileInfo) error {
	if fi.Size() == 0 {
		return errors.New("empty file")
	}
	if fi.Size() > w.opt.MaxSize {
		return fmt.Errorf("file is %d bytes, larger than the %d-byte limit", fi.Size(), w.opt.MaxSize)
	}
	f, err := os.Open(p)
	if err != nil {
		return pathErr(err)
	}
	defer f.Close()
	return w.read(p, p, w.capped(f, "file"), 0)
}

// stream reads a pipe or device, whose size is known only at its end.
func (w *walker) stream(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return pathErr(err)
	}
	defer f.Close()
	return w.read(p, p, w.capped(f, "input"), 0)
}

// read recognises the format of r by name and content and reads the
// documents in it. src names the input in Raw.Source and in errors; name is
// the file name the format is recognised by (without a .gz suffix once
// decompressed).
func (w *walker) read(src, name string, r io.Reader, depth int) error {
	br := bufio.NewReaderSize(r, 16<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		if len(head) == 0 {
			return err
		}
		// A short input that fails early (a truncated gzip) is still read
		// up to the damage, which the reader of its format then meets.
		head = bytes.Clone(head)
		br = bufio.NewReader(io.MultiReader(bytes.NewReader(head), failReader{err}))
	}
	if len(head) == 0 {
		return errors.New("empty file")
	}
	f := detect(name, head)
	switch f {
	case formatGzip:
		return w.gunzip(src, name, br, depth)
	case formatWARC:
		return w.warc(src, br)
	}
	if why := binary(head); why != "" {
		return fmt.Errorf("binary file (%s)", why)
	}
	if f == formatJSONL {
		return w.jsonl(src, br)
	}
	if f == formatText {
		if what := notNews(name, head); what != "" {
			return fmt.Errorf("skipped: %s, not a news page", what)
		}
	}
	data, err := io.ReadAll(br)
	if f == formatFeed && len(data) > 0 && !errors.Is(err, errTooLarge) {
		// A feed cut short (a truncated gzip) still yields the items read
		// before the damage; the read error is the one reported.
		ferr := w.feed(src, data)
		if err == nil || isStop(ferr) {
			return ferr
		}
	}
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return errors.New("empty file (white space only)")
	}
	kind, doc := parallax.KindText, plainDoc
	if f == formatHTML {
		kind, doc = parallax.KindHTML, markupDoc
	}
	text, cs := decode(data, charsetParam(w.opt.ContentType), doc)
	return w.emit(parallax.Raw{Source: src, Kind: kind, Charset: cs, Data: text})
}

// emit hands one document to fn.
func (w *walker) emit(r parallax.Raw) error {
	if err := w.ctx.Err(); err != nil {
		return stop{err}
	}
	w.inFn = true
	err := w.fn(r)
	w.inFn = false
	if err != nil {
		return stop{err}
	}
	return nil
}

// report passes a problem with input src to onErr and lets the walk go on;
// errors that end the walk are returned.
func (w *walker) report(src string, err error) error {
	if err == nil || isStop(err) {
		return err
	}
	w.fail(src, err)
	return nil
}

func (w *walker) fail(src string, err error) {
	w.onErr(fmt.Errorf("%s: %w", src, err))
}

func isStop(err error) bool {
	var s stop
	return errors.As(err, &s)
}

// pathErr drops the operation and path from an *fs.PathError, since the
// message is prefixed with the path already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// failReader returns err on every read.
type failReader struct{ err error }

func (f failReader) Read([]byte) (int, error) { return 0, f.err }
