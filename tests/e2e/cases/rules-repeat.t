# name: --rules may be given twice; a duplicate id across files is an error at the second
# setup: cp "$E2E/rules/1-hedge.yml" one.yml && cp "$E2E/rules/1-hedge.yml" two.yml
# args: --rules one.yml --rules two.yml
# stderr-match: ^factlens: two\.yml:5:5: duplicate rule id 't\.may' \(first at one\.yml:5:5\)
# status: 2
