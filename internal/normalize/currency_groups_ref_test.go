package normalize

// refMarkGroups is the grouping currencyFinder used before markGroups: a scan for each code's last
// letter (D, R, P, F), seven scans in all. With one offset to a group, markGroup.find searches it as
// the finder did then; TestCurrencyFinderMatchesSearch compares the current groups with it.
var refMarkGroups = [...]markGroup{
	{'$', 0, []groupMark{{0, "$"}}},
	{0x82, 1, []groupMark{{1, "€"}, {1, "₹"}}},
	{0xC2, 0, []groupMark{{0, "£"}, {0, "¥"}}},
	{'D', 2, []groupMark{{2, "USD"}, {2, "CAD"}, {2, "AUD"}}},
	{'R', 2, []groupMark{{2, "EUR"}}},
	{'P', 2, []groupMark{{2, "GBP"}}},
	{'F', 2, []groupMark{{2, "CHF"}}},
}

// refGroupsNext is the seven-scan search from off, without the finder's memory of earlier scans.
func refGroupsNext(text string, off int) int {
	best := -1
	for g := range refMarkGroups {
		if k := refMarkGroups[g].find(text, off); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}
