extension Grid {
    /// Visits row `y` the way a terminal must get it: the right half of a wide grapheme is left out (the terminal
    /// fills it), and a wide grapheme without its right half, or a right half without its grapheme, becomes a
    /// space, so the rest of the row never shifts. Both painters go through here and so agree cell for cell.
    ///
    /// `body` gets the column, the cell's scalar (its first, for a cluster), the cluster's text when the cell
    /// holds a grapheme of several scalars (else nil), and the style.
    @inline(__always)   // its callers run it per cell of the first frame: the body must not stay a closure call
    func forEachPaintable(row y: Int, _ body: (_ x: Int, _ scalar: UInt32, _ cluster: String?, _ style: Style) -> Void) {
        guard y >= 0 && y < height else { return }
        codes.withUnsafeBufferPointer { codes in
            styles.withUnsafeBufferPointer { styles in
                let row = y * width
                var x = 0
                while x < width {
                    let code = codes[row + x], style = styles[row + x]
                    if code < 0x1100 && code != Grid.rightHalf {
                        body(x, code, nil, style)   // nothing this low is wide: most cells
                        x += 1
                        continue
                    }
                    if code == Grid.rightHalf {
                        body(x, 0x20, nil, style)
                        x += 1
                        continue
                    }
                    let cluster = code >= Grid.clusterBase ? self.cluster(code) : nil
                    let first = cluster?.unicodeScalars.first?.value ?? code
                    // a cluster is a base and its marks (`TerminalText.cells`): the base decides, as for the terminal
                    let wide = DisplayWidth.isWide(first)
                    if wide {
                        let paired = x + 1 < width && codes[row + x + 1] == Grid.rightHalf
                        if paired { body(x, first, cluster, style) } else { body(x, 0x20, nil, style) }
                        x += paired ? 2 : 1
                    } else {
                        body(x, first, cluster, style)
                        x += 1
                    }
                }
            }
        }
    }
}
