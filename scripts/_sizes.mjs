import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { minifyLitLiterals as minifyCssLiterals } from './minify-lit-literals.mjs';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
const b = await rollup({ input: process.argv[2] ?? 'src/lede.ts', plugins: [nodeResolve(), typescript({ tsconfig: './tsconfig.json', compilerOptions: { declaration: false, outDir: '/tmp/x', importHelpers: true, types: [] }, exclude: ['src/**/*.test.ts'] }), minifyCssLiterals()] });
const { output } = await b.generate({ format: 'es' });
let tot=0;
for (const [id, m] of Object.entries(output[0].modules)) {
  if (!m.code || id.includes('node_modules')) continue;
  const r = await minify(m.code, { module: true, compress: false, mangle: true });
  const gz = gzipSync(r.code).length; tot+=gz;
  console.log(String(r.code.length).padStart(7), String(gz).padStart(6), id.replace(process.cwd(), ''));
}
console.log('sum gz', tot);
