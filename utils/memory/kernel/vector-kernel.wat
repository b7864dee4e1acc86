;; The two hot loops of ReplyLoop's exact top-k cosine search, hand-written
;; in WebAssembly SIMD so they are exactly what was measured:
;;   prepareRows  normalises float32 rows and quantises them to int8, keeping
;;                each row's scale and quantisation error;
;;   scanAbove    bounds every row's similarity to a query from above and
;;                keeps the rows whose bound reaches a threshold.
;; The caller rescores the kept rows exactly in float32, so quantisation never
;; changes a result (the argument is in utils/memory/vector-index-selection.ts).
;;
;; After an edit, regenerate the committed bytes:
;;   npx tsx utils/memory/kernel/generate.ts
;;
;; Shapes: a row is $stride values, $stride a multiple of 16 (padding is zero).
;; vectors: float32 rows. codes: int8 rows. meta: per row a float32 scale,
;; then a float32 error norm ‖row − scale·codes‖.
(module
  (memory (export "memory") 1)

  ;; Normalises rows $from..$to−1 in place, then writes their codes and meta:
  ;; scale = max|xᵢ| / 127, codeᵢ = round(xᵢ / scale). A row whose squared
  ;; norm is within 1e-6 of 1 is already unit length and is left as it is, so
  ;; rows stored and loaded again come back bit for bit. Returns −1, or the
  ;; first row whose squared norm is zero, infinite or NaN (left unchanged).
  (func (export "prepareRows")
    (param $vectors i32) (param $codes i32) (param $meta i32) (param $from i32) (param $to i32) (param $stride i32)
    (result i32)
    (local $row i32) (local $at i32) (local $rowEnd i32) (local $code i32) (local $rowMeta i32)
    (local $squares v128) (local $squaresHigh v128) (local $largest v128) (local $x v128)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    (local $codeA v128) (local $codeB v128) (local $codeC v128) (local $codeD v128) (local $residual v128)
    (local $sumOfSquares f64) (local $inverseNorm v128) (local $scale f32) (local $toCode v128) (local $scales v128)
    (local.set $row (local.get $from))
    (block $done
      (loop $nextRow
        (br_if $done (i32.ge_u (local.get $row) (local.get $to)))
        (local.set $at (i32.add (local.get $vectors) (i32.shl (i32.mul (local.get $row) (local.get $stride)) (i32.const 2))))
        (local.set $rowEnd (i32.add (local.get $at) (i32.shl (local.get $stride) (i32.const 2))))
        ;; Pass 1: squared norm (in float64, precise enough to recognise a unit
        ;; row) and largest magnitude.
        (local.set $squares (v128.const f64x2 0 0))
        (local.set $squaresHigh (v128.const f64x2 0 0))
        (local.set $largest (v128.const f32x4 0 0 0 0))
        (loop $measure
          (local.set $x (v128.load (local.get $at)))
          (local.set $squares
            (f64x2.add (local.get $squares)
              (f64x2.mul (f64x2.promote_low_f32x4 (local.get $x)) (f64x2.promote_low_f32x4 (local.get $x)))))
          (local.set $x (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x)))
          (local.set $squaresHigh
            (f64x2.add (local.get $squaresHigh)
              (f64x2.mul (f64x2.promote_low_f32x4 (local.get $x)) (f64x2.promote_low_f32x4 (local.get $x)))))
          (local.set $largest (f32x4.max (local.get $largest) (f32x4.abs (local.get $x))))
          (local.set $at (i32.add (local.get $at) (i32.const 16)))
          (br_if $measure (i32.lt_u (local.get $at) (local.get $rowEnd))))
        (local.set $squares (f64x2.add (local.get $squares) (local.get $squaresHigh)))
        (local.set $sumOfSquares (f64.add (f64x2.extract_lane 0 (local.get $squares)) (f64x2.extract_lane 1 (local.get $squares))))
        ;; NaN fails both comparisons.
        (if (i32.eqz (i32.and
              (f64.gt (local.get $sumOfSquares) (f64.const 0))
              (f64.lt (local.get $sumOfSquares) (f64.const inf))))
          (then (return (local.get $row))))
        (local.set $inverseNorm
          (f32x4.splat
            (if (result f32) (f64.le (f64.abs (f64.sub (local.get $sumOfSquares) (f64.const 1))) (f64.const 1e-6))
              (then (f32.const 1))
              (else (f32.demote_f64 (f64.div (f64.const 1) (f64.sqrt (local.get $sumOfSquares))))))))
        (local.set $scale
          (f32.div
            (f32.mul
              (f32.max
                (f32.max (f32x4.extract_lane 0 (local.get $largest)) (f32x4.extract_lane 1 (local.get $largest)))
                (f32.max (f32x4.extract_lane 2 (local.get $largest)) (f32x4.extract_lane 3 (local.get $largest))))
              (f32x4.extract_lane 0 (local.get $inverseNorm)))
            (f32.const 127)))
        (local.set $scales (f32x4.splat (local.get $scale)))
        (local.set $toCode (f32x4.splat (f32.div (f32.const 1) (local.get $scale))))
        ;; Pass 2, 16 values at a time: normalise, round to codes (saturating
        ;; narrows keep them in int8), and add up the squared residuals. Any
        ;; rounding of a code is fine: the error is measured against the code.
        (local.set $at (i32.sub (local.get $at) (i32.shl (local.get $stride) (i32.const 2))))
        (local.set $code (i32.add (local.get $codes) (i32.mul (local.get $row) (local.get $stride))))
        (local.set $squares (v128.const f32x4 0 0 0 0))
        (loop $quantise
          (local.set $a (f32x4.mul (v128.load (local.get $at)) (local.get $inverseNorm)))
          (local.set $b (f32x4.mul (v128.load offset=16 (local.get $at)) (local.get $inverseNorm)))
          (local.set $c (f32x4.mul (v128.load offset=32 (local.get $at)) (local.get $inverseNorm)))
          (local.set $d (f32x4.mul (v128.load offset=48 (local.get $at)) (local.get $inverseNorm)))
          (v128.store (local.get $at) (local.get $a))
          (v128.store offset=16 (local.get $at) (local.get $b))
          (v128.store offset=32 (local.get $at) (local.get $c))
          (v128.store offset=48 (local.get $at) (local.get $d))
          (local.set $codeA (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $a) (local.get $toCode)))))
          (local.set $codeB (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $b) (local.get $toCode)))))
          (local.set $codeC (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $c) (local.get $toCode)))))
          (local.set $codeD (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $d) (local.get $toCode)))))
          (v128.store (local.get $code)
            (i8x16.narrow_i16x8_s
              (i16x8.narrow_i32x4_s (local.get $codeA) (local.get $codeB))
              (i16x8.narrow_i32x4_s (local.get $codeC) (local.get $codeD))))
          (local.set $residual (f32x4.sub (local.get $a) (f32x4.mul (f32x4.convert_i32x4_s (local.get $codeA)) (local.get $scales))))
          (local.set $squares (f32x4.add (local.get $squares) (f32x4.mul (local.get $residual) (local.get $residual))))
          (local.set $residual (f32x4.sub (local.get $b) (f32x4.mul (f32x4.convert_i32x4_s (local.get $codeB)) (local.get $scales))))
          (local.set $squares (f32x4.add (local.get $squares) (f32x4.mul (local.get $residual) (local.get $residual))))
          (local.set $residual (f32x4.sub (local.get $c) (f32x4.mul (f32x4.convert_i32x4_s (local.get $codeC)) (local.get $scales))))
          (local.set $squares (f32x4.add (local.get $squares) (f32x4.mul (local.get $residual) (local.get $residual))))
          (local.set $residual (f32x4.sub (local.get $d) (f32x4.mul (f32x4.convert_i32x4_s (local.get $codeD)) (local.get $scales))))
          (local.set $squares (f32x4.add (local.get $squares) (f32x4.mul (local.get $residual) (local.get $residual))))
          (local.set $at (i32.add (local.get $at) (i32.const 64)))
          (local.set $code (i32.add (local.get $code) (i32.const 16)))
          (br_if $quantise (i32.lt_u (local.get $at) (local.get $rowEnd))))
        (local.set $rowMeta (i32.add (local.get $meta) (i32.shl (local.get $row) (i32.const 3))))
        (f32.store (local.get $rowMeta) (local.get $scale))
        (f32.store offset=4 (local.get $rowMeta)
          (f32.sqrt
            (f32.add
              (f32.add (f32x4.extract_lane 0 (local.get $squares)) (f32x4.extract_lane 1 (local.get $squares)))
              (f32.add (f32x4.extract_lane 2 (local.get $squares)) (f32x4.extract_lane 3 (local.get $squares))))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow)))
    (i32.const -1))

  ;; For rows $from..$to−1:
  ;;   upper = dot(codes, query) · scale · $queryScale + error · $errorWeight + $errorBias
  ;; and when upper ≥ $threshold, appends the row number to $hitRows and the
  ;; bound to $hitBounds (not in row order). Returns the number of hits.
  ;; $query holds $stride int16 values, quantised finer than the rows yet
  ;; small enough that no int32 sum overflows.
  ;;
  ;; Rows are read four at a time, a quarter of the range apart: independent
  ;; streams keep more memory requests in flight (two measured 15–30% faster
  ;; than one, four another ~5% at 100k × 384), share each load of the query,
  ;; and let the four bounds be computed side by side in one vector.
  (func (export "scanAbove")
    (param $query i32) (param $codes i32) (param $meta i32) (param $from i32) (param $to i32) (param $stride i32)
    (param $queryScale f32) (param $errorWeight f32) (param $errorBias f32) (param $threshold f32)
    (param $hitRows i32) (param $hitBounds i32)
    (result i32)
    (local $rowA i32) (local $rowB i32) (local $rowC i32) (local $rowD i32) (local $quarter i32)
    (local $atA i32) (local $atB i32) (local $atC i32) (local $atD i32) (local $rowEnd i32)
    (local $q i32) (local $hits i32) (local $above i32)
    (local $queryLow v128) (local $queryHigh v128)
    (local $sumA v128) (local $sumB v128) (local $sumC v128) (local $sumD v128)
    (local $pairs v128) (local $metaAB v128) (local $metaCD v128) (local $upper v128)
    ;; Row A runs through from..from+quarter−1, rows B, C, D a quarter, a half
    ;; and three quarters further on; past the end they repeat row A and are
    ;; masked out below.
    (local.set $quarter (i32.shr_u (i32.add (i32.sub (local.get $to) (local.get $from)) (i32.const 3)) (i32.const 2)))
    (local.set $rowA (local.get $from))
    (block $done
      (loop $nextRows
        (br_if $done (i32.ge_u (local.get $rowA) (i32.add (local.get $from) (local.get $quarter))))
        (local.set $rowB (i32.add (local.get $rowA) (local.get $quarter)))
        (local.set $rowC (i32.add (local.get $rowB) (local.get $quarter)))
        (local.set $rowD (i32.add (local.get $rowC) (local.get $quarter)))
        (if (i32.ge_u (local.get $rowB) (local.get $to)) (then (local.set $rowB (local.get $rowA))))
        (if (i32.ge_u (local.get $rowC) (local.get $to)) (then (local.set $rowC (local.get $rowA))))
        (if (i32.ge_u (local.get $rowD) (local.get $to)) (then (local.set $rowD (local.get $rowA))))
        (local.set $atA (i32.add (local.get $codes) (i32.mul (local.get $rowA) (local.get $stride))))
        (local.set $atB (i32.add (local.get $codes) (i32.mul (local.get $rowB) (local.get $stride))))
        (local.set $atC (i32.add (local.get $codes) (i32.mul (local.get $rowC) (local.get $stride))))
        (local.set $atD (i32.add (local.get $codes) (i32.mul (local.get $rowD) (local.get $stride))))
        (local.set $rowEnd (i32.add (local.get $atA) (local.get $stride)))
        (local.set $q (local.get $query))
        (local.set $sumA (v128.const i32x4 0 0 0 0))
        (local.set $sumB (v128.const i32x4 0 0 0 0))
        (local.set $sumC (v128.const i32x4 0 0 0 0))
        (local.set $sumD (v128.const i32x4 0 0 0 0))
        ;; 16 codes per step, read as two halves that v128.load8x8_s widens to
        ;; int16 as it loads (one pmovsxbw from memory on x86, where a load and
        ;; two extends took four instructions: the scan is bound by SIMD
        ;; instructions, not memory, so this measured 5–8% faster), then
        ;; i32x4.dot_i16x8_s (pmaddwd) multiplies by the int16 query and adds in pairs.
        (loop $nextChunk
          (local.set $queryLow (v128.load (local.get $q)))
          (local.set $queryHigh (v128.load offset=16 (local.get $q)))
          (local.set $sumA
            (i32x4.add (local.get $sumA)
              (i32x4.add
                (i32x4.dot_i16x8_s (v128.load8x8_s (local.get $atA)) (local.get $queryLow))
                (i32x4.dot_i16x8_s (v128.load8x8_s offset=8 (local.get $atA)) (local.get $queryHigh)))))
          (local.set $sumB
            (i32x4.add (local.get $sumB)
              (i32x4.add
                (i32x4.dot_i16x8_s (v128.load8x8_s (local.get $atB)) (local.get $queryLow))
                (i32x4.dot_i16x8_s (v128.load8x8_s offset=8 (local.get $atB)) (local.get $queryHigh)))))
          (local.set $sumC
            (i32x4.add (local.get $sumC)
              (i32x4.add
                (i32x4.dot_i16x8_s (v128.load8x8_s (local.get $atC)) (local.get $queryLow))
                (i32x4.dot_i16x8_s (v128.load8x8_s offset=8 (local.get $atC)) (local.get $queryHigh)))))
          (local.set $sumD
            (i32x4.add (local.get $sumD)
              (i32x4.add
                (i32x4.dot_i16x8_s (v128.load8x8_s (local.get $atD)) (local.get $queryLow))
                (i32x4.dot_i16x8_s (v128.load8x8_s offset=8 (local.get $atD)) (local.get $queryHigh)))))
          (local.set $atA (i32.add (local.get $atA) (i32.const 16)))
          (local.set $atB (i32.add (local.get $atB) (i32.const 16)))
          (local.set $atC (i32.add (local.get $atC) (i32.const 16)))
          (local.set $atD (i32.add (local.get $atD) (i32.const 16)))
          (local.set $q (i32.add (local.get $q) (i32.const 32)))
          (br_if $nextChunk (i32.lt_u (local.get $atA) (local.get $rowEnd))))
        ;; The four dot products side by side: lanes added in pairs, then the pairs.
        (local.set $pairs
          (i32x4.add
            (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $sumA) (local.get $sumB))
            (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $sumA) (local.get $sumB))))
        (local.set $sumC
          (i32x4.add
            (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $sumC) (local.get $sumD))
            (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $sumC) (local.get $sumD))))
        (local.set $pairs
          (i32x4.add
            (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $pairs) (local.get $sumC))
            (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $pairs) (local.get $sumC))))
        ;; Each row's meta is (scale, error): gathered into scales (lanes 0, 2 of
        ;; each pair) and errors (lanes 1, 3), in the same float32 arithmetic
        ;; per lane as one row at a time.
        (local.set $metaAB
          (v128.load64_lane 1 (i32.add (local.get $meta) (i32.shl (local.get $rowB) (i32.const 3)))
            (v128.load64_zero (i32.add (local.get $meta) (i32.shl (local.get $rowA) (i32.const 3))))))
        (local.set $metaCD
          (v128.load64_lane 1 (i32.add (local.get $meta) (i32.shl (local.get $rowD) (i32.const 3)))
            (v128.load64_zero (i32.add (local.get $meta) (i32.shl (local.get $rowC) (i32.const 3))))))
        (local.set $upper
          (f32x4.add
            (f32x4.mul
              (f32x4.mul
                (f32x4.convert_i32x4_s (local.get $pairs))
                (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $metaAB) (local.get $metaCD)))
              (f32x4.splat (local.get $queryScale)))
            (f32x4.add
              (f32x4.mul
                (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $metaAB) (local.get $metaCD))
                (f32x4.splat (local.get $errorWeight)))
              (f32x4.splat (local.get $errorBias)))))
        ;; Bit j: row j reached the threshold (rows B, C, D only when not a repeat of A).
        (local.set $above
          (i32.and
            (i32x4.bitmask (f32x4.ge (local.get $upper) (f32x4.splat (local.get $threshold))))
            (i32.or
              (i32.or (i32.const 1) (i32.shl (i32.ne (local.get $rowB) (local.get $rowA)) (i32.const 1)))
              (i32.or
                (i32.shl (i32.ne (local.get $rowC) (local.get $rowA)) (i32.const 2))
                (i32.shl (i32.ne (local.get $rowD) (local.get $rowA)) (i32.const 3))))))
        (if (local.get $above)
          (then
            (if (i32.and (local.get $above) (i32.const 1))
              (then
                (i32.store (i32.add (local.get $hitRows) (i32.shl (local.get $hits) (i32.const 2))) (local.get $rowA))
                (f32.store (i32.add (local.get $hitBounds) (i32.shl (local.get $hits) (i32.const 2))) (f32x4.extract_lane 0 (local.get $upper)))
                (local.set $hits (i32.add (local.get $hits) (i32.const 1)))))
            (if (i32.and (local.get $above) (i32.const 2))
              (then
                (i32.store (i32.add (local.get $hitRows) (i32.shl (local.get $hits) (i32.const 2))) (local.get $rowB))
                (f32.store (i32.add (local.get $hitBounds) (i32.shl (local.get $hits) (i32.const 2))) (f32x4.extract_lane 1 (local.get $upper)))
                (local.set $hits (i32.add (local.get $hits) (i32.const 1)))))
            (if (i32.and (local.get $above) (i32.const 4))
              (then
                (i32.store (i32.add (local.get $hitRows) (i32.shl (local.get $hits) (i32.const 2))) (local.get $rowC))
                (f32.store (i32.add (local.get $hitBounds) (i32.shl (local.get $hits) (i32.const 2))) (f32x4.extract_lane 2 (local.get $upper)))
                (local.set $hits (i32.add (local.get $hits) (i32.const 1)))))
            (if (i32.and (local.get $above) (i32.const 8))
              (then
                (i32.store (i32.add (local.get $hitRows) (i32.shl (local.get $hits) (i32.const 2))) (local.get $rowD))
                (f32.store (i32.add (local.get $hitBounds) (i32.shl (local.get $hits) (i32.const 2))) (f32x4.extract_lane 3 (local.get $upper)))
                (local.set $hits (i32.add (local.get $hits) (i32.const 1)))))))
        (local.set $rowA (i32.add (local.get $rowA) (i32.const 1)))
        (br $nextRows)))
    (local.get $hits))
)
