// pdf.js's parser, bundled by vite as a module worker of our own origin (the CSP allows
// workers from 'self' only). Loading the module is enough: it listens on `self` at once.
import 'pdfjs-dist/build/pdf.worker.mjs'
