package org.quietline.call.ftc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FtcComplaintsTest {

    @Test
    void readsTheHeader() {
        assertThat(FtcComplaints.read("created_date,complaint_id,company_phone_number,consumer_area_code"))
                .isInstanceOf(FtcComplaints.Header.class);
    }

    @Test
    void readsAComplaint() {
        assertThat(FtcComplaints.read("2020-02-14,731d8501dae5bc091c835e3246ca3c17,8044770532,804"))
                .isEqualTo(new FtcComplaints.Complaint(LocalDate.of(2020, 2, 14), 8044770532L, 804));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+13603673173", "13603673173", "(360) 367-3173", "360.367.3173", "360-367-3173", "' 3603673173 '"})
    void acceptsEveryWayANumberIsWritten(String typed) {
        assertThat(FtcComplaints.read("2020-03-01,x,\"" + typed.replace("'", "") + "\",360"))
                .isEqualTo(new FtcComplaints.Complaint(LocalDate.of(2020, 3, 1), 3603673173L, 360));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "NA", "80", "8044"})
    void anAreaCodeThatIsNoneIsUnknown(String area) {
        assertThat(FtcComplaints.read("2020-02-14,x,8044770532," + area.replace("'", "")))
                .isEqualTo(new FtcComplaints.Complaint(LocalDate.of(2020, 2, 14), 8044770532L, -1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|NUMBER_EMPTY",
            "__________|NUMBER_MASKED",
            "239_______|NUMBER_MASKED",
            "NA|NUMBER_NOT_DIGITS",
            "press1|NUMBER_NOT_DIGITS",
            "7342120|NUMBER_TOO_SHORT",
            "1|NUMBER_TOO_SHORT",
            "12345678901234567890|NUMBER_TOO_LONG",
            "23603673173|NUMBER_TOO_LONG",
            "0000000000|NUMBER_NOT_NANP",
            "2021234567|NUMBER_NOT_NANP"})
    void rejectsWhatIsNoNumberAndSaysWhy(String typed, FtcComplaints.Problem problem) {
        assertThat(FtcComplaints.read("2020-03-01,x," + typed + ",360")).isEqualTo(new FtcComplaints.Rejected(problem));
    }

    @Test
    void rejectsALineWithTooFewFields() {
        assertThat(FtcComplaints.read("2020-03-01,x,8044770532")).isEqualTo(new FtcComplaints.Rejected(FtcComplaints.Problem.FIELDS));
    }

    @Test
    void rejectsABadDate() {
        assertThat(FtcComplaints.read("2020-13-01,x,8044770532,804")).isEqualTo(new FtcComplaints.Rejected(FtcComplaints.Problem.DATE));
        assertThat(FtcComplaints.read("yesterday,x,8044770532,804")).isEqualTo(new FtcComplaints.Rejected(FtcComplaints.Problem.DATE));
    }

    @Test
    void rejectsAnEmptyLine() {
        assertThat(FtcComplaints.read("")).isEqualTo(new FtcComplaints.Rejected(FtcComplaints.Problem.FIELDS));
    }
}
