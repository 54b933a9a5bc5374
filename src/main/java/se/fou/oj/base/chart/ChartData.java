package se.fou.oj.base.chart;

import java.util.List;

/** What the table of a chart's numbers needs (under the chart on screen): the same for bars and lines. */
public interface ChartData {

    String title();

    List<String> categories();

    List<String> seriesNames();

    /** A value as the data table prints it, "–" where it is missing. */
    String display(int series, int category);
}
