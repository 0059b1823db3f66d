import '../src/all.js';
