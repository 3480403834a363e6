#pragma once

#include <QList>
#include <QWidget>

/// A live chart of a job's rows per second, one sample a second, newest on the right: an area
/// under the line, a few gridlines with round values, the current and peak rate.
class ThroughputChart : public QWidget
{
    Q_OBJECT

public:
    explicit ThroughputChart(QWidget* parent = nullptr);

    /// Rows/s samples, oldest first; the chart shows the last `window` of them.
    void setSamples(const QList<double>& samples);
    const QList<double>& samples() const { return m_samples; }
    /// How many seconds the chart spans (default 120).
    void setWindow(int seconds);
    /// Greyed line: the job is not running (paused or ended).
    void setActive(bool active);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<double> m_samples;
    int m_window = 120;
    bool m_active = true;
};
