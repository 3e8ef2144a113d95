package org.swcplan.model.region;

/** A county's cell on the schematic tile map: row 0 is north, column 0 is west. */
public record Tile(int row, int col) {
    public Tile {
        if (row < 0 || col < 0 || row > 50 || col > 50) {
            throw new IllegalArgumentException("tile row and column must be within 0..50, were " + row + "," + col);
        }
    }
}
