package claim_test

import (
	"fmt"
	"testing"

	"github.com/hearsay-go/hearsay/claim"
)

func TestDebugProps(t *testing.T) {
	for _, p := range [][2]string{
		{"the city never paid the contractors", "the contractors were paid in full"},
		{"the agency never shared the files", "the agency handed the files to investigators"},
		{"the two cases are identical", "the two cases are nothing alike"},
		{"the two cases are identical", "you can't compare the two cases"},
		{"the project cost about $40 million", "the project cost closer to $25 million"},
		{"the council approved a 3% cut", "the council approved a 5% cut"},
		{"the bridge will reopen by the end of March", "the bridge will not reopen before the summer"},
		{"the flight arrived on time", "the flight was delayed"},
		{"the couple is still married", "the couple divorced last year"},
		{"the company failed to file its taxes", "the company filed its taxes"},
		{"the mayor refused to sign the bill", "the mayor signed the bill"},
		{"the mayor managed to sign the bill", "the mayor did not sign the bill"},
		{"the law is a disgrace", "repealing the law would be the disgrace"},
		{"the senator backs the bill", "the senator opposes the bill"},
		{"the plan is reckless", "the plan is prudent"},
		{"the deal is a disaster", "the deal is a historic achievement"},
		{"the vote will be held in March", "the vote will be held in June"},
		{"the plant will close in 2025", "the plant will close in 2027"},
		{"the report will be released on Monday", "the report will be released on Friday"},
		{"the bridge will reopen by March", "the bridge will reopen in the summer"},
		{"the bridge will reopen next week", "the bridge will reopen next year"},
		{"the minister said the talks would end by Friday", "the talks will go on until next month"},
		{"the suspect was released on Monday", "the suspect remains in custody"},
		{"more than 40 people were hurt", "35 people were hurt"},
		{"about 40 people were hurt", "42 people were hurt"},
	} {
		s := claim.Contradiction(&claim.Claim{Text: p[0]}, &claim.Claim{Text: p[1]})
		fmt.Printf("%.2f %v  %q ~ %q\n", s.Value, kinds(s), p[0], p[1])
	}
}

func kinds(s claim.Score) []string {
	var out []string
	for _, r := range s.Reasons {
		out = append(out, r.Kind.String()+":"+r.Detail)
	}
	return out
}
