package attribution_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestLayout keeps attribution and source readable: every file under 700
// lines and every function under 120, so that a file holds one idea and a
// function one step. Test files are not held to it.
func TestLayout(t *testing.T) {
	const maxFile, maxFunc = 700, 120
	fs := token.NewFileSet()
	for _, dir := range []string{".", "../source"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fs, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			if n := fs.File(f.Pos()).LineCount(); n >= maxFile {
				t.Errorf("%s: %d lines, at most %d: split it by idea", name, n, maxFile-1)
			}
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if n := fs.Position(fd.End()).Line - fs.Position(fd.Pos()).Line + 1; n > maxFunc {
						t.Errorf("%s: %s is %d lines, at most %d", name, fd.Name.Name, n, maxFunc)
					}
				}
			}
		}
	}
}
