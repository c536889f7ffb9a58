package org.quietline.call.reputation;

class InMemoryReportLogTest implements ReportLogContract {

    @Override
    public ReportLog log() {
        return new InMemoryReportLog();
    }
}
