package attribution_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/attribution"
)

// hostilePages hold markup, quotes and invalid UTF-8 in every place the
// page shows text: the article, sources, cues, contents and reasons.
var hostilePages = []string{
	"<script>alert(1)</script> Officials said the bridge is safe. <script>alert(2)</script> Others said it is not safe.",
	`"><img src=x onerror=alert(1)> The mayor said "it's <b>fine</b>", and Dana "<i>x</i>" Ruiz, a critic, said it's not fine.`,
	"The mayor said \xff\xfe the bridge is safe.\n\nCritics said the bridge \xc3 is not safe at all.",
	"“We will win,” said Dana Ruiz </span></article><img src=x onerror=alert(3)>. Her rival denied that they will win.",
}

// TestWriteHTML renders the reference article and hostile texts and
// checks the page as markup: valid UTF-8, every claim marked, the one
// script the page brings and no element the text brought;
// TestWriteHTMLBrowser loads the same pages in a browser.
func TestWriteHTML(t *testing.T) {
	texts := append([]string{readArticle(t)}, hostilePages...)
	for k, text := range texts {
		doc, page := renderPage(t, text)
		if !utf8.ValidString(page) {
			t.Errorf("text %d: the page is not valid UTF-8", k)
		}
		if n := strings.Count(page, "<script"); n != 1 {
			t.Errorf("text %d: %d <script elements, want the page's one", k, n)
		}
		for _, tag := range []string{"<img", "<b>", "<i>", "</article><img"} {
			if strings.Contains(page, tag) {
				t.Errorf("text %d: the page holds %q from the text, unescaped", k, tag)
			}
		}
		for _, c := range doc.Claims {
			if !strings.Contains(page, `class="content `) || !strings.Contains(page, fmt.Sprintf(`data-claim="%s"`, c.ID)) {
				t.Errorf("text %d: claim %s is not marked", k, c.ID)
			}
		}
		if opens, closes := strings.Count(page, "<span"), strings.Count(page, "</span>"); opens != closes {
			t.Errorf("text %d: %d <span> opened, %d closed", k, opens, closes)
		}
		if k == 0 && len(doc.Contradictions()) == 0 {
			t.Error("the reference article lists no conflicts")
		}
	}
}

// renderPage extracts text and returns its document and its page.
func renderPage(t *testing.T, text string) (*attribution.Document, string) {
	t.Helper()
	doc, err := attribution.Extract(text)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := doc.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	return doc, b.String()
}

// chromium returns the path of a chromium binary and the flags that run
// it headless here, or "" where there is none.
func chromium(t *testing.T) (string, []string) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			flags := []string{"--headless", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=3000",
				"--window-size=1400,1000", "--user-data-dir=" + t.TempDir()}
			if os.Geteuid() == 0 {
				flags = append(flags, "--no-sandbox") // chromium refuses to run as root with its sandbox
			}
			return path, flags
		}
	}
	return "", nil
}

// browse runs chromium on the page at url with the extra flags, and
// returns what it printed.
func browse(t *testing.T, bin string, flags []string, url string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append(append(append([]string{}, flags...), extra...), url)
	out, err := exec.CommandContext(ctx, bin, args...).Output()
	if err != nil {
		t.Fatalf("chromium %s: %v", strings.Join(extra, " "), err)
	}
	return string(out)
}

// jsonOf decodes the JSON form of doc into v.
func jsonOf(doc *attribution.Document, v any) error {
	b, err := doc.MarshalJSON()
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

var (
	hlRE     = regexp.MustCompile(`<span class="([a-z]+) [a-z0-9]+ hl" data-claim="([^"]+)"`)
	markedRE = regexp.MustCompile(`<span class="content [a-z0-9]+[^"]*" data-claim="([^"]+)"`)
)

// TestWriteHTMLBrowser loads the pages headless in chromium, where it is
// on the PATH, after their script has run: every claim of the JSON form is
// marked in the DOM; the page opened at #conflict-1 marks that conflict's
// two claims and no other but those they dispute; no element or script
// that a hostile text holds exists. It takes a screenshot of the reference
// article, and with -update writes it to ../doc/report.png for the README.
func TestWriteHTMLBrowser(t *testing.T) {
	bin, flags := chromium(t)
	if bin == "" {
		t.Skip("no chromium on the PATH: the browser part of the HTML test is skipped")
	}
	if testing.Short() {
		t.Skip("loads pages in a browser")
	}
	dir := t.TempDir()
	for k, text := range append([]string{readArticle(t)}, hostilePages...) {
		doc, page := renderPage(t, text)
		file := filepath.Join(dir, fmt.Sprintf("page%d.html", k))
		if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		url := "file://" + file
		dom := browse(t, bin, flags, url+"#conflict-1", "--dump-dom")
		if !strings.Contains(dom, `id="article"`) {
			t.Fatalf("text %d: the DOM has no article:\n%.500s", k, dom)
		}
		marked := map[string]bool{}
		for _, m := range markedRE.FindAllStringSubmatch(dom, -1) {
			marked[m[1]] = true
		}
		var js struct {
			Claims []struct{ ID string }
		}
		if err := jsonOf(doc, &js); err != nil {
			t.Fatal(err)
		}
		for _, c := range js.Claims {
			if !marked[c.ID] {
				t.Errorf("text %d: claim %s of the JSON is not marked in the DOM", k, c.ID)
			}
		}
		if n := strings.Count(dom, "<script"); n != 1 {
			t.Errorf("text %d: %d scripts in the DOM, want the page's one", k, n)
		}
		for _, tag := range []string{"<img", "<b>", "<i>"} {
			if strings.Contains(dom, tag) {
				t.Errorf("text %d: the DOM holds an element %q that the text brought", k, tag)
			}
		}
		if cs := doc.Contradictions(); len(cs) > 0 {
			want := map[string]bool{cs[0].A.ID: true, cs[0].B.ID: true}
			for _, o := range append(cs[0].A.Disputes, cs[0].B.Disputes...) {
				want[o.ID] = true
			}
			got := map[string]bool{}
			for _, m := range hlRE.FindAllStringSubmatch(dom, -1) {
				got[m[2]] = true
			}
			for id := range want {
				if !got[id] {
					t.Errorf("text %d: #conflict-1 (%s ~ %s) does not mark %s", k, cs[0].A.ID, cs[0].B.ID, id)
				}
			}
			for id := range got {
				if !want[id] {
					t.Errorf("text %d: #conflict-1 (%s ~ %s) marks %s too", k, cs[0].A.ID, cs[0].B.ID, id)
				}
			}
			if !strings.Contains(dom, `id="conflict-1" class="conflict selected"`) {
				t.Errorf("text %d: #conflict-1 is not shown as chosen", k)
			}
		} else if k == 0 {
			t.Error("the reference article lists no conflicts")
		}
		if k == 0 {
			shot := filepath.Join(dir, "report.png")
			browse(t, bin, flags, url+"#conflict-1", "--screenshot="+shot)
			png, err := os.ReadFile(shot)
			if err != nil || len(png) < 10_000 || !bytes.HasPrefix(png, []byte("\x89PNG")) {
				t.Fatalf("screenshot: %d bytes, %v", len(png), err)
			}
			if *update {
				if err := os.WriteFile("../doc/report.png", png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// FuzzWriteHTML checks that any text renders as a page that is valid
// UTF-8, holds only the page's own script, and nests its marks.
func FuzzWriteHTML(f *testing.F) {
	f.Add(readArticle(f))
	for _, s := range hostilePages {
		f.Add(s)
	}
	for _, s := range constructionTexts() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := attribution.Extract(text)
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := doc.WriteHTML(&b); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		if !utf8.ValidString(page) {
			t.Error("the page is not valid UTF-8")
		}
		if n := strings.Count(page, "<script"); n != 1 {
			t.Errorf("%d <script in the page, want 1", n)
		}
		if opens, closes := strings.Count(page, "<span"), strings.Count(page, "</span>"); opens != closes {
			t.Errorf("%d <span> opened, %d closed", opens, closes)
		}
		for _, c := range doc.Claims {
			if !strings.Contains(page, `data-claim="`+c.ID+`"`) {
				t.Errorf("claim %s is not marked", c.ID)
			}
		}
	})
}
