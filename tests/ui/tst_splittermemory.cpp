// SplitterMemory: a splitter's position survives the window, including splitters created after
// the memory started watching (as in project tabs opened later).
#include "SplitterMemory.h"
#include "store/AppStore.h"

#include <QLabel>
#include <QSplitter>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

namespace {

/// A window with one unnamed splitter, as the views make them.
std::unique_ptr<QWidget> makeWindow(QSplitter** splitter)
{
    auto window = std::make_unique<QWidget>();
    window->setObjectName(QStringLiteral("host"));
    window->resize(600, 300);
    *splitter = new QSplitter(Qt::Horizontal, window.get());
    (*splitter)->addWidget(new QLabel(QStringLiteral("left")));
    (*splitter)->addWidget(new QLabel(QStringLiteral("right")));
    auto* layout = new QVBoxLayout(window.get());
    layout->addWidget(*splitter);
    return window;
}

} // namespace

class TstSplitterMemory : public QObject
{
    Q_OBJECT

private slots:
    void positionsSurviveARestart();
    void keysNameThePlace();
};

void TstSplitterMemory::positionsSurviveARestart()
{
    QTemporaryDir home;
    Result<std::unique_ptr<AppStore>> store = AppStore::open(home.filePath(QStringLiteral("s.db")));
    QVERIFY(store);
    QList<int> moved;
    {
        SplitterMemory memory(**store);
        QSplitter* splitter = nullptr;
        auto window = makeWindow(&splitter);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QList<int> before = splitter->sizes();
        splitter->setSizes({120, before.value(0) + before.value(1) - 120});
        moved = splitter->sizes();
        QVERIFY(moved != before);
        memory.save();
    }
    QVERIFY(!(*store)->value(Setting::SplitterStates).toByteArray().isEmpty());

    // A new start: the splitter is created after the memory, and gets its place back when shown.
    SplitterMemory memory(**store);
    QSplitter* splitter = nullptr;
    auto window = makeWindow(&splitter);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE(splitter->sizes(), moved);
}

void TstSplitterMemory::keysNameThePlace()
{
    QSplitter* splitter = nullptr;
    auto window = makeWindow(&splitter);
    QCOMPARE(SplitterMemory::keyOf(splitter), QStringLiteral("QWidget#host/0"));
    splitter->setObjectName(QStringLiteral("mySplitter"));
    QCOMPARE(SplitterMemory::keyOf(splitter), QStringLiteral("mySplitter"));
}

QTEST_MAIN(TstSplitterMemory)
#include "tst_splittermemory.moc"
