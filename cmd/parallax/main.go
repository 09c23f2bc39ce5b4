// Command parallax turns a stream of news pages into stories, statements,
// conflicts and timelines. See the README for its subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/parallax-news/parallax"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // nothing could be done (no input readable, store failed)
	exitUsage   = 2
)

// command is one subcommand: it parses its own flags and runs.
type command interface {
	Run(ctx context.Context, args []string) error
}

// env is what a command reads and writes; tests replace it.
type env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Terminal says whether Stderr is an interactive terminal, where
	// progress is shown.
	Terminal bool
}

const usage = `parallax turns news pages into stories, statements, conflicts and timelines.

Usage: parallax <command> [flags] [PATH ...]

Commands:
  extract   extract the article from each page; one JSON object per line
  ingest    store documents in the database (or --queue them for work)
  work      run the queued ingest jobs of a PostgreSQL database
  analyze   run the whole pipeline and print a report (or --json)
  search    search the stored documents: ranked hits with snippets, and facets
  export    write the stored analysis as JSON, Markdown or CSV (--db FILE)
  serve     serve the stored analysis: web pages and a JSON API
  watch     follow feeds and pages: store what is new, keep the analysis up to date
  gen       write a synthetic corpus with known story labels, for benchmarks
  bench     bench extract DIR: extraction speed, and F1 against a --truth file;
            bench scale: the whole path at growing sizes; bench crash: kills
            ingest and work with SIGKILL mid-run and checks nothing is lost

PATH is a file, a folder (read recursively) or - for standard input.
Run 'parallax <command> -h' for a command's flags, 'parallax --version' for
the build's version.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Terminal: isTerminal(os.Stderr)}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run dispatches to a subcommand and maps its error to an exit code.
func run(ctx context.Context, e env, args []string) int {
	if len(args) == 0 || isHelp(args[0]) {
		fmt.Fprint(e.Stdout, usage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	if args[0] == "--version" || args[0] == "-version" || args[0] == "version" {
		fmt.Fprintln(e.Stdout, version())
		return exitOK
	}
	var cmd command
	switch args[0] {
	case "extract":
		cmd = &extractCommand{env: e}
	case "ingest":
		cmd = &ingestCommand{env: e}
	case "work":
		cmd = &workCommand{env: e}
	case "analyze":
		cmd = &analyzeCommand{env: e}
	case "search":
		cmd = &searchCommand{env: e}
	case "export":
		cmd = &exportCommand{env: e}
	case "serve":
		cmd = &serveCommand{env: e}
	case "watch":
		cmd = &watchCommand{env: e}
	case "gen":
		cmd = &genCommand{env: e}
	case "bench":
		cmd = &benchCommand{env: e}
	default:
		fmt.Fprintf(e.Stderr, "parallax: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	err := cmd.Run(ctx, args[1:])
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case parallax.ErrorCode(err) == parallax.EInvalid:
		fmt.Fprintf(e.Stderr, "parallax %s: %v\n", args[0], err)
		return exitUsage
	default:
		fmt.Fprintf(e.Stderr, "parallax %s: %v\n", args[0], err)
		return exitFailure
	}
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(e env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.Stderr, "Usage: parallax %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, turning a flag error into a usage error.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return parallax.Errorf(parallax.EInvalid, "%v", err)
	}
	return nil
}

// needInputs reports a usage error when no input path was named.
func needInputs(fs *flag.FlagSet) error {
	if fs.NArg() > 0 {
		return nil
	}
	fs.Usage()
	return parallax.Errorf(parallax.EInvalid, "no input: name files, folders or - for standard input")
}

// isHelp says whether arg asks for help.
func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help" || arg == "help"
}
