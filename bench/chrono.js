// chrono.js: the peer for bench/extract: chrono-node's parser over the same
// files, one paragraph at a time, with the same reference date.
//   node bench/chrono.js [--count] FILE...
'use strict';
const fs = require('fs');
const path = require('path');
const chrono = require(path.join(__dirname, 'node_modules', 'chrono-node'));
let args = process.argv.slice(2);
const count = args[0] === '--count';
if (count) args = args.slice(1);
const ref = new Date(Date.UTC(2024, 6, 16));
let n = 0;
for (const f of args) {
	const text = fs.readFileSync(f, 'utf8');
	for (const para of text.split('\n')) {
		if (para.length) n += chrono.parse(para, ref).length;
	}
}
if (count) console.log(n);
