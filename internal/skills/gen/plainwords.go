package main

import (
	"path/filepath"
	"strings"
	"unicode"
)

// commonWords are tool and language names that are also everyday English words.
// The prose corpus below finds many more; these are the ones it is too small to see.
var commonWords = strings.Fields(`
go r c d e j k q v x spring rust react swift ruby excel word access project make chef puppet less
dart julia express flask ember meteor backbone next spark hive pig storm beam helm vault consul
nomad packer salt shell bash basic assembly processing red self clean ring factor crystal logo yarn
graphite locust polymer slim ratchet box segment zoom slack teams outlook office windows unity ant
mercury sage ace alpha apex arc atom axis balance bamboo bootstrap bridge buck canvas capture chart
circle cloud compass core crane crow dash delta echo edge element elm eclipse falcon fiber flow
flutter forge fox frame gem ghost glue grunt gulp harbor harvest hub impact jasmine jest karma
keystone knockout lambda lasso lens matrix mesh mocha mono native neon nest nexus notion oak octopus
opera origin panda pandas parcel pearl phoenix pixel plasma play plot pulse quartz rails rally realm
relay rocket sail sass scratch sentry shark sketch snap snowflake solid spectrum sphinx sprout stack
stencil stripe sublime tango tempo thrift tiger titan tornado turbo twig vertex wave web wire prime
portal pure oz boo chapel cool curry genie lean lily little nu opal pike pod raw reason rouge slice
squirrel talon volt zap cake gin iris revel buffalo martini kit micro slick cats blaze razor lift
spray insomnia charles beats envoy caddy apache parallels publisher planner forms sway stream
bookings abstract principle marvel origami mural monday basecamp asana airflow terraform struts
hibernate cypress puppeteer elastic workday concur tableau looker maple rhino maya blender houdini
nuke unreal illustrator premiere audition animate acrobat keynote pages numbers notes mail vim
brackets rider ionic electron stylus tailwind foundation material chakra presto impala drill flume
luigi prefect ray arrow parquet iceberg redshift athena aurora neptune cosmos atlas torch
transformers prophet forth just click scheme amp
`)

// plainWords returns words that the general prose of the sources (O*NET and ESCO
// descriptions, SkillsExtractor descriptions) writes in lowercase at least twice and at
// least as often as capitalized, plus commonWords. "Python" is mostly capitalized there;
// "just", "click" and "make" are not.
func plainWords(dir string) (map[string]bool, error) {
	low, capd := map[string]int{}, map[string]int{}
	count := func(text string) {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if r := []rune(w); unicode.IsLower(r[0]) {
				low[w]++
			} else {
				capd[strings.ToLower(w)]++
			}
		}
	}
	occ, err := readTable(filepath.Join(dir, fileONETOcc), '\t')
	if err != nil {
		return nil, err
	}
	for _, r := range occ {
		count(r["Description"])
	}
	for _, f := range []string{fileESCOOcc, fileESCOTrans, fileESCOICT} {
		rows, err := readTable(filepath.Join(dir, f), ',')
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			count(r["description"])
		}
	}
	descs, err := readMSDescriptions(dir)
	if err != nil {
		return nil, err
	}
	for _, d := range descs {
		count(d)
	}
	plain := map[string]bool{}
	for w, n := range low {
		if n >= 2 && n >= capd[w] {
			plain[w] = true
		}
	}
	for _, w := range commonWords {
		plain[w] = true
	}
	return plain, nil
}
