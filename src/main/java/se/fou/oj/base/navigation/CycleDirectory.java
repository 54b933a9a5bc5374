package se.fou.oj.base.navigation;

import java.util.List;

/** The cycles the current user can reach, newest first, for the side menu; the cycle feature provides it. */
public interface CycleDirectory {

    /** A cycle as a menu names it, e.g. "Ekonomiskt bistånd 2018", and where its pages start. */
    record Entry(long id, String title, String href) {
    }

    List<Entry> reachable();
}
